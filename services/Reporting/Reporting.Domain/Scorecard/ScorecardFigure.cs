namespace Reporting.Domain.Scorecard;

/// <summary>
/// A line of the scorecard as the Board sees it: the figure as shown ("67%", "412", "c" when suppressed, "z" when there
/// is no one to count), what it is out of, its target and whether it is met, and the national and neighbours' figures,
/// all in its <see cref="Unit"/>.
/// </summary>
public sealed record ScorecardFigure(
    string Key,
    string Section,
    string Label,
    string Value,
    string? OutOf,
    decimal? Target,
    bool? MeetsTarget,
    decimal? National,
    string? NationalSource,
    decimal? StatisticalNeighbours,
    string Unit);
