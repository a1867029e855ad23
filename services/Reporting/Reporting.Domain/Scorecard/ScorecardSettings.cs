namespace Reporting.Domain.Scorecard;

/// <summary>
/// What the authority configures: the small-number threshold, its targets and its statistical neighbours' figures,
/// each by a measure's key (percent for shares, the figure itself otherwise).
/// </summary>
public sealed record ScorecardSettings(
    int SmallNumberThreshold,
    IReadOnlyDictionary<string, decimal> Targets,
    IReadOnlyDictionary<string, decimal> StatisticalNeighbours);
