using CorporateParenting.Placements.V1;
using CorporateParenting.Reporting;
using Placements.Domain;

namespace Placements.Api.Queries;

public static class MeasuresMessages
{
    public static Measures Of(PlacementMeasures figures, MeasureParameters parameters)
    {
        var message = new Measures
        {
            AsAt = parameters.AsAt.ToString("yyyy-MM-dd"),
            PeriodStart = parameters.PeriodStart.ToString("yyyy-MM-dd"),
            LookedAfter = figures.LookedAfter,
            ChildPopulation = parameters.ChildPopulation,
            RatePer10000 = figures.RatePer10000,
            Entries = figures.Entries,
            Exits = figures.Exits,
            PlacedOutsideOurArea = ProportionOf(figures.PlacedOutsideOurArea),
            ThreeOrMorePlacements = ProportionOf(figures.ThreeOrMorePlacements),
            LongTermStability = ProportionOf(figures.LongTermStability),
            ThreeOrMoreSocialWorkers = ProportionOf(figures.ThreeOrMoreSocialWorkers),
        };
        message.ExitsByReason.Add(figures.ExitsByReason.ToDictionary());
        message.PlacementTypes.Add(figures.PlacementTypes.ToDictionary());
        return message;
    }

    private static CorporateParenting.Placements.V1.Proportion ProportionOf(CorporateParenting.Reporting.Proportion proportion) =>
        new() { Numerator = proportion.Numerator, Denominator = proportion.Denominator, Percent = proportion.RoundedPercent };
}
