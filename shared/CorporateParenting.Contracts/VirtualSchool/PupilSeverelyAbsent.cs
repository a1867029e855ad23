namespace CorporateParenting.Contracts.VirtualSchool;

/// <summary>A pupil's absence crossed 50% of possible sessions over the measured period (docs/virtual-school.md §4.2 and §7). Published once per pupil and period.</summary>
public sealed record PupilSeverelyAbsent(
    Guid PupilId,
    bool IsPlacedHere,
    string Period,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    int PossibleSessions,
    int AbsentSessions,
    DateTimeOffset OccurredAt);
