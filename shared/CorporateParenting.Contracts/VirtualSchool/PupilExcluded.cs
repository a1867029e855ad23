namespace CorporateParenting.Contracts.VirtualSchool;

/// <summary>
/// A suspension or a permanent exclusion was recorded (from the feed or by staff), with the running total of suspension
/// days in that school year against the 45-day limit (docs/virtual-school.md §5).
/// </summary>
/// <param name="Kind"><c>suspension</c> or <c>permanent-exclusion</c>.</param>
public sealed record PupilExcluded(
    Guid PupilId,
    bool IsPlacedHere,
    Guid ExclusionId,
    string Kind,
    string? Urn,
    DateOnly StartsOn,
    int Sessions,
    string? Reason,
    decimal SuspensionDaysThisSchoolYear,
    bool OverSuspensionLimit,
    DateTimeOffset OccurredAt);
