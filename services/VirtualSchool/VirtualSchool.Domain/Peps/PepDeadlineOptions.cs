namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The configurable parts of the PEP due dates (docs/virtual-school.md §9.3, convention 6). The initial PEP's 20 working
/// days are decided (<see cref="PepDeadlines.InitialWorkingDays"/>), not configuration.
/// </summary>
public sealed record PepDeadlineOptions
{
    public const string Section = "VirtualSchool:Peps:Deadlines";

    /// <summary>Working days after a change of school by which the new PEP meeting is due; 10 by default, 1 to 60.</summary>
    public int ChangeOfSchoolWorkingDays { get; init; } = 10;

    /// <summary>How many working days ahead the worklist shows a PEP as due (<c>pep-due</c>); 5 by default, 1 to 20.</summary>
    public int DueSoonWorkingDays { get; init; } = 5;

    /// <summary>The Virtual School's review deadline for each term (<see cref="TermlyReviewDeadlines"/> checks them against the term dates).</summary>
    public IReadOnlyList<TermReviewDeadline> TermlyReviews { get; init; } = [];
}
