namespace VirtualSchool.Domain.Terms;

/// <summary>One term as the authority or a school sets it: name, first and last day, and the breaks inside it (docs/virtual-school.md §3.5).</summary>
public sealed record SchoolTerm(string Name, DateOnly Starts, DateOnly Ends, IReadOnlyList<HalfTermBreak> Breaks)
{
    public bool Contains(DateOnly date) => date >= Starts && date <= Ends;

    public bool IsInBreak(DateOnly date) => Breaks.Any(b => date >= b.Starts && date <= b.Ends);
}
