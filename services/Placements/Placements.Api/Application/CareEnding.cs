namespace Placements.Api.Application;

/// <summary>A validated <c>RecordCareEnded</c> command.</summary>
public sealed record CareEnding(string ClientRequestId, Guid ChildId, DateOnly EndedOn, string ReasonCeased);
