namespace VirtualSchool.Domain.Peps;

/// <summary>
/// What an event or a term does to a pupil's PEPs (docs/virtual-school.md §9.3): the PEP to create, if any; the open
/// PEPs it supersedes (close them with <see cref="PepCloseReason.Superseded"/>); an open PEP whose due date moves. When
/// nothing happens, <see cref="NothingBecause"/> says why.
/// </summary>
public sealed record PepPlan(
    DuePep? Create,
    IReadOnlyList<Guid> Supersede,
    (Guid Id, DateOnly DueOn)? Redate,
    string? NothingBecause)
{
    public static PepPlan Nothing(string because) => new(null, [], null, because);
}
