namespace VirtualSchool.Domain.Exclusions;

/// <summary>
/// One suspension or permanent exclusion as the school census records it: start date and sessions
/// (docs/virtual-school.md §5). A whole day is 2 sessions; a lunchtime suspension is 1 session, half a day.
/// </summary>
public sealed record ExclusionRecord(ExclusionKind Kind, DateOnly StartsOn, int Sessions, string? Reason)
{
    public int Sessions { get; init; } = Kind == ExclusionKind.Suspension
        ? Sessions >= 1 ? Sessions : throw new VirtualSchoolRuleViolation(
            $"A suspension lasts at least 1 session (a lunchtime); {Sessions} sessions were given.")
        : Sessions >= 0 ? Sessions : throw new VirtualSchoolRuleViolation(
            $"A permanent exclusion cannot have {Sessions} sessions.");
}
