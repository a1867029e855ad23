namespace Placements.Domain;

/// <summary>
/// What the measures are taken over: the day they are taken (usually 31 March), the start of the
/// reporting period for entries and exits, the authority's 0–17 population and its ONS code.
/// </summary>
public sealed record MeasureParameters(DateOnly AsAt, DateOnly PeriodStart, int ChildPopulation, string OurAuthorityCode);
