namespace VirtualSchool.Domain.Peps;

/// <summary>Whether a PEP meets one checklist item, with the reviewer's optional comment (docs/virtual-school.md §9.8).</summary>
public sealed record QualityCheckResult(string Item, bool Met, string? Comment = null);
