namespace CorporateParenting.Contracts.VirtualSchool;

/// <summary>
/// A pupil's PEP passed its due date without being completed (docs/virtual-school.md §9.9). Published once per PEP, by
/// whichever instance's sweep finds it first. <see cref="Kind"/>: initial, change-of-school, termly-review, post-16 or
/// early-years; <see cref="Status"/>: draft, submitted or returned.
/// </summary>
public sealed record PepOverdue(
    Guid PepId,
    Guid PupilId,
    string Kind,
    DateOnly DueOn,
    string Status,
    DateTimeOffset OccurredAt);
