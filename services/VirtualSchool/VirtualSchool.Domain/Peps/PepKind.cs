namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The kind of PEP the issue names and the service shows and filters by (docs/virtual-school.md §9.1): an early-years or
/// post-16 PEP is named by its form, any other by its occasion. <see cref="PepKinds.Of"/> gives it.
/// </summary>
public enum PepKind
{
    Initial,
    ChangeOfSchool,
    TermlyReview,
    Post16,
    EarlyYears,
}
