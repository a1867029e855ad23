namespace Placements.Api.Application;

/// <summary>A validated <c>AllocateSocialWorker</c> command.</summary>
public sealed record SocialWorkerAllocationCommand(
    string ClientRequestId, Guid ChildId, string SocialWorkerId, string SocialWorkerName, DateOnly AllocatedOn);
