using System.ComponentModel.DataAnnotations;
using CorporateParenting.Reporting;

namespace Reporting.Api.Options;

/// <summary>
/// The <c>Reporting:Scorecard</c> section (docs/scorecard.md): the small-number threshold, how many months of trend by
/// default, and the authority's targets and statistical neighbours' figures by measure key (percent for shares).
/// </summary>
public sealed class ScorecardOptions
{
    public const string Section = "Reporting:Scorecard";

    /// <summary>Counts above zero and below this are shown as "c" (docs/reference-figures.md §9).</summary>
    [Range(1, 100)]
    public int SmallNumberThreshold { get; set; } = 10;

    [Range(0, MonthEnds.MaxMonths)]
    public int DefaultMonths { get; set; } = 12;

    /// <summary>Years of the health and care leavers' figures, which are measured by collection year.</summary>
    [Range(1, 5)]
    public int Years { get; set; } = 3;

    public Dictionary<string, decimal> Targets { get; set; } = [];

    public Dictionary<string, decimal> StatisticalNeighbours { get; set; } = [];
}
