namespace VirtualSchool.Domain.Peps;

/// <summary>
/// One configured termly review deadline (docs/virtual-school.md §9.3): the term, named as the term dates name it
/// (<see cref="Term"/>, "Spring 2026") or by its first day (<see cref="TermStarts"/>), or both when they agree, and the
/// day its review PEPs are due.
/// </summary>
public sealed record TermReviewDeadline
{
    public string? Term { get; init; }

    public DateOnly? TermStarts { get; init; }

    public DateOnly Deadline { get; init; }
}
