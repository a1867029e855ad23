namespace Reporting.Domain.Scorecard;

/// <summary>A measure over time, so the Board sees its direction: each point the figure at that day, shown as the headline is.</summary>
public sealed record ScorecardTrend(string Key, string Section, string Label, IReadOnlyList<TrendPoint> Points);

public sealed record TrendPoint(DateOnly AsAt, string Value);

/// <summary>A partner authority's placement notices to us, shown with the small-number rule.</summary>
public sealed record PartnerFigure(string AuthorityCode, string Name, string Received, string ReceivedLate, string LateShare);
