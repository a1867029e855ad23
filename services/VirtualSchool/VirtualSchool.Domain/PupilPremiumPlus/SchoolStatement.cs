namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>A school's PP+ in a year, over all its allocations (docs/virtual-school.md §10.7).</summary>
public sealed record SchoolStatement(string Urn, Money Allocated, Money Paid, Money Outstanding, IReadOnlyList<Guid> PupilIds, IReadOnlyList<Guid> TargetIds);
