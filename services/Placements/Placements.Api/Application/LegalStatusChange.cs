namespace Placements.Api.Application;

/// <summary>A validated <c>RecordLegalStatusChange</c> command.</summary>
public sealed record LegalStatusChange(string ClientRequestId, Guid ChildId, DateOnly ChangedOn, string LegalStatus);
