using System.Globalization;
using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using Placements.Domain;
using Proportion = CorporateParenting.Reporting.Proportion;

namespace Placements.Synthetic;

/// <summary>One distribution of the children looked after at a cohort's AsAt, beside its national figure.</summary>
public sealed record DistributionFigure(string Measure, double National, Proportion Cohort)
{
    public double Share => Cohort.Denominator == 0 ? 0 : Cohort.Numerator / (double)Cohort.Denominator;

    public double DifferenceInPoints => (Share - National) * 100;
}

/// <summary>
/// The distributions of docs/reference-figures.md §2–3 measured on a generated cohort on a date (by default its AsAt), as
/// Placements' measures count them: each child's commands are replayed through <see cref="CareHistory"/> and measured
/// by <see cref="PlacementMeasuresCalculator"/> (current episode's placement type and authority, placements in the 12
/// months, long-term stability), with the current episode's legal status, sex and age on the date.
/// </summary>
public static class CohortDistributions
{
    /// <summary>The whole-cohort out-of-area share the model's inside shares give (not a published figure).</summary>
    public const double ModelOutOfAreaShare = 0.46;

    public const double LongTermStabilityShare = 0.68;

    public static IReadOnlyList<DistributionFigure> Measure(SyntheticCohort cohort, DateOnly? on = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var date = on ?? cohort.Options.AsAt;
        var parameters = new MeasureParameters(date, date.AddYears(-1).AddDays(1), 1_000_000, cohort.Options.OurAuthorityCode);
        var lookedAfter = new List<Measured>();
        int longTermCohort = 0, longTermStable = 0;
        foreach (var child in cohort.Children)
        {
            var history = Replay(child, cohort.Options.OurAuthorityCode);
            var measures = PlacementMeasuresCalculator.Calculate([new ChildCareRecord(history, [])], parameters);
            if (measures.LookedAfter == 0)
            {
                continue;
            }

            var episode = history.Periods.SelectMany(p => p.Episodes).Single(e => e.IsLookedAfterOn(date));
            lookedAfter.Add(new Measured(
                child.Sex, Ages.On(child.DateOfBirth, date), episode.LegalStatus, episode.Placement.Type,
                measures.PlacedOutsideOurArea.Numerator == 1, measures.ThreeOrMorePlacements.Numerator == 1));
            longTermCohort += measures.LongTermStability.Denominator;
            longTermStable += measures.LongTermStability.Numerator;
        }

        Proportion Of(Func<Measured, bool> predicate) => new(lookedAfter.Count(predicate), lookedAfter.Count);
        bool In(Measured c, PlacementGroup group) => PlacementGroups.Of(c.PlacementType) == group;

        var figures = new List<DistributionFigure> { new("male", ReferenceDistributions.MaleShare, Of(c => c.Sex == "M")) };
        foreach (var (from, to, share) in ReferenceDistributions.AgeBands)
        {
            string band = from == to ? $"under {from + 1}" : to == 17 ? $"{from}+" : $"{from}–{to}";
            figures.Add(new($"age {band}", share, Of(c => c.Age >= from && c.Age <= to)));
        }

        figures.Add(new("care orders (C1, C2)", ReferenceDistributions.LegalStatusShares["C"], Of(c => c.LegalStatus is "C1" or "C2")));
        figures.Add(new("s20 (V2)", ReferenceDistributions.LegalStatusShares["V2"], Of(c => c.LegalStatus == "V2")));
        figures.Add(new("placement orders (E1)", ReferenceDistributions.LegalStatusShares["E1"], Of(c => c.LegalStatus == "E1")));
        foreach (var (group, share) in ReferenceDistributions.PlacementShares)
        {
            figures.Add(new(Describe(group), share, Of(c => In(c, group))));
            if (group == PlacementGroup.Foster)
            {
                figures.Add(new("  foster inside our boundary", ReferenceDistributions.FosterInsideShare, Of(c => In(c, group) && !c.OutOfArea)));
                figures.Add(new("  foster outside our boundary", ReferenceDistributions.FosterOutsideShare, Of(c => In(c, group) && c.OutOfArea)));
            }
            else if (group == PlacementGroup.ChildrensHome)
            {
                figures.Add(new("  children's homes outside our boundary", ReferenceDistributions.ChildrensHomesOutsideShare, Of(c => In(c, group) && c.OutOfArea)));
            }
        }

        figures.Add(new("placed outside our area (model)", ModelOutOfAreaShare, Of(c => c.OutOfArea)));
        figures.Add(new("3+ placements in the 12 months", ReferenceDistributions.ThreeOrMorePlacementsShare, Of(c => c.ThreeOrMorePlacements)));
        figures.Add(new("long-term stability", LongTermStabilityShare, new Proportion(longTermStable, longTermCohort)));
        return figures;
    }

    private static string Describe(PlacementGroup group) => group switch
    {
        PlacementGroup.Foster => "foster care",
        PlacementGroup.ChildrensHome => "children's homes (K2)",
        PlacementGroup.SupportedAccommodation => "supported accommodation (K3)",
        PlacementGroup.WithParents => "placed with parents (P1)",
        PlacementGroup.PlacedForAdoption => "placed for adoption (A3–A6)",
        _ => "other placement types",
    };

    private sealed record Measured(string Sex, int Age, string LegalStatus, string PlacementType, bool OutOfArea, bool ThreeOrMorePlacements);

    private static CareHistory Replay(SyntheticChild child, string ourAuthorityCode)
    {
        var history = new CareHistory(child.DateOfBirth, ourAuthorityCode);
        foreach (var request in child.Commands.Select(c => c.Request))
        {
            switch (request)
            {
                case RecordEntryToCareRequest r:
                    history.EnterCare(Date(r.EnteredCareOn), r.LegalStatus, r.CategoryOfNeed,
                        PlacementOf(r.PlacementType, r.PlacementProvider, r.ProviderUrn, r.PlacementPostcode, r.PlacementAuthorityCode));
                    break;
                case RecordPlacementChangeRequest r:
                    history.ChangePlacement(Date(r.ChangedOn),
                        PlacementOf(r.PlacementType, r.PlacementProvider, r.ProviderUrn, r.PlacementPostcode, r.PlacementAuthorityCode),
                        Blank(r.ReasonForChange), r.SameCarers ? Carers.Same : Carers.New);
                    break;
                case RecordLegalStatusChangeRequest r:
                    history.ChangeLegalStatus(Date(r.ChangedOn), r.LegalStatus);
                    break;
                case RecordCareEndedRequest r:
                    history.EndCare(Date(r.EndedOn), r.ReasonCeased);
                    break;
            }
        }

        return history;
    }

    private static Placement PlacementOf(string type, string provider, string urn, string postcode, string authority) =>
        new(type, Blank(provider), Blank(urn), Blank(postcode), authority);

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
