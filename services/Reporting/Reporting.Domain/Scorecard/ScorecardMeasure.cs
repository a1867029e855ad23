namespace Reporting.Domain.Scorecard;

/// <summary>Which way a figure should move: a target is met at or above it (Higher) or at or below it (Lower).</summary>
public enum Better
{
    Neither,
    Higher,
    Lower,
}

/// <summary>
/// One line of the Board's scorecard: its key (the name its target and neighbours' figure are configured under), where it
/// sits, what it says, and the latest national figure with its source where docs/reference-figures.md has one.
/// </summary>
public sealed record ScorecardMeasure(string Key, string Section, string Label, Better Better, decimal? National = null, string? NationalSource = null);
