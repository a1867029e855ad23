using Placements.Domain;

namespace Placements.Api.Application;

/// <summary>A validated <c>RecordPlacementChange</c> command.</summary>
public sealed record PlacementChange(
    string ClientRequestId, Guid ChildId, DateOnly ChangedOn, Placement Placement, string? ReasonForChange, bool SameCarers);
