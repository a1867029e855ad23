namespace VirtualSchool.Domain.Terms;

/// <summary>A holiday inside a term, both days included: no school days (docs/virtual-school.md §3.5).</summary>
public sealed record HalfTermBreak(DateOnly Starts, DateOnly Ends);
