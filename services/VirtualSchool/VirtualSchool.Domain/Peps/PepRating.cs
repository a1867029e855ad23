namespace VirtualSchool.Domain.Peps;

/// <summary>The Virtual School's quality rating of a PEP (docs/virtual-school.md §9.8), worst first.</summary>
public enum PepRating
{
    Red,
    Amber,
    Green,
}
