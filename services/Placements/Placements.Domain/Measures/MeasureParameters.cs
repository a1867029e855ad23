namespace Placements.Domain;

/// <summary>
/// What the measures are taken over: the day they are taken (usually 31 March), the start of the
/// reporting period for entries and exits, the authority's 0–17 population and its ONS code.
/// </summary>
public sealed record MeasureParameters(DateOnly AsAt, DateOnly PeriodStart, int ChildPopulation, string OurAuthorityCode)
{
    /// <summary>The first day of the 12 months up to <see cref="AsAt"/>: the day after AsAt one year earlier.</summary>
    public DateOnly TwelveMonthsStart => AsAt.AddYears(-1).AddDays(1);

    /// <summary>
    /// A child counts in some measure only if a period of care started on or before <see cref="AsAt"/> and was open on
    /// or after this day; children whose care ended earlier can be left out before their histories are read.
    /// </summary>
    public DateOnly RelevantSince => PeriodStart < TwelveMonthsStart ? PeriodStart : TwelveMonthsStart;
}
