using CorporateParenting.Placements.V1;
using Placements.Synthetic;

namespace Placements.Synthetic.Tests;

/// <summary>The children looked after at AsAt follow docs/reference-figures.md §2 and §3, as Placements' measures count them.</summary>
public class DistributionTests
{
    private static readonly List<SyntheticChild> LookedAfter =
        Cohorts.FiveThousand.Children.Where(c => c.Facts.IsLookedAfterAtAsAt).ToList();

    private static void Near(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"{what}: expected {expected:P1} ± {tolerance:P1}, got {actual:P1}");

    [Fact]
    public void About_a_third_have_left_care_and_some_have_several_periods()
    {
        var all = Cohorts.FiveThousand.Children;
        Near(1.0 / 3, all.Count(c => !c.Facts.IsLookedAfterAtAsAt) / (double)all.Count, 0.03, "left care");
        Assert.True(all.Count(c => c.Facts.PeriodsOfCare > 1) > all.Count / 50);
        var reasons = all.Where(c => !c.Facts.IsLookedAfterAtAsAt).GroupBy(c => c.Facts.ReasonCeased).ToDictionary(g => g.Key, g => g.Count());
        Assert.True(reasons.Count >= 15, "a realistic spread of REC codes");
        Assert.True(reasons["E4A"] > reasons["E11"]);
    }

    [Fact]
    public void At_national_scale_every_as_at_distribution_is_within_2_points_of_the_national_figure()
    {
        var figures = CohortDistributions.Measure(Cohorts.ThirtyThousand);
        Assert.True(figures[0].Cohort.Denominator >= 19_000, $"{figures[0].Cohort.Denominator} looked after");
        foreach (var figure in figures.Where(f => f.Measure != "long-term stability"))
        {
            // 3+ placements: DfE's way of counting placements from episodes is unconfirmed (docs/ssda903.md §5), so 3 points.
            double tolerance = figure.Measure.StartsWith("3+") ? 0.03 : 0.02;
            Near(figure.National, figure.Share, tolerance, figure.Measure);
        }
    }

    [Fact]
    public void The_demo_cohort_has_the_national_mix_within_2_points()
    {
        var figures = CohortDistributions.Measure(CohortGenerator.Generate(Cohorts.DemoOptions));
        Assert.Equal(373, figures[0].Cohort.Denominator);
        foreach (var figure in figures.Where(f => f.Measure != "long-term stability"))
        {
            // Dealt by quota (CohortPlan), except instability, which is planned by quota but not always achieved: 3 points there.
            double tolerance = figure.Measure.StartsWith("3+") ? 0.03 : 0.02;
            Near(figure.National, figure.Share, tolerance, figure.Measure);
        }
    }

    [Fact]
    public void The_measured_mix_is_the_one_the_generator_reports_for_each_child()
    {
        var cohort = Cohorts.FiveThousand;
        var figures = CohortDistributions.Measure(cohort).ToDictionary(f => f.Measure, f => f.Cohort.Numerator);
        Assert.Equal(LookedAfter.Count(c => c.Sex == "M"), figures["male"]);
        Assert.Equal(LookedAfter.Count(c => c.Facts.LegalStatus == "V2"), figures["s20 (V2)"]);
        Assert.Equal(LookedAfter.Count(c => c.Facts.PlacementType == "K2"), figures["children's homes (K2)"]);
        Assert.Equal(LookedAfter.Count(c => c.Facts.IsOutOfArea), figures["placed outside our area (model)"]);
        Assert.Equal(LookedAfter.Count(c => c.Facts.PlacementsInLast12Months >= 3), figures["3+ placements in the 12 months"]);
    }

    [Fact]
    public void Age_limited_placements_suit_the_age_at_AsAt()
    {
        Assert.All(LookedAfter, c => Assert.InRange(c.Facts.AgeAtAsAt, 0, 17));
        Assert.All(LookedAfter.Where(c => c.Facts.PlacementType == "K3"), c => Assert.True(c.Facts.AgeAtAsAt >= 16));
        Assert.All(LookedAfter.Where(c => c.Facts.PlacementType.StartsWith('A')), c => Assert.True(c.Facts.AgeAtAsAt <= 4));
        Assert.All(LookedAfter.Where(c => c.Facts.PlacementType == "P1"), c => Assert.Equal("PR0", c.Facts.PlacementProvider));
        var options = Cohorts.FiveThousand.Options;
        Assert.All(LookedAfter.Where(c => c.Facts.IsOutOfArea), c =>
            Assert.Contains(c.Facts.PlacementAuthorityCode, options.NeighbourAuthorityCodes.Concat(options.DistantAuthorityCodes)));
    }

    [Fact]
    public void Every_child_looked_after_has_at_least_one_placement_in_the_year()
    {
        Assert.All(LookedAfter, c => Assert.True(c.Facts.PlacementsInLast12Months >= 1));
    }

    [Fact]
    public void About_one_in_twelve_unplanned_moves_is_an_emergency_and_nothing_else_is()
    {
        var requests = Cohorts.FiveThousand.Children.SelectMany(c => c.Commands).Select(c => c.Request).ToList();
        var moves = requests.OfType<RecordPlacementChangeRequest>().ToList();
        var unplanned = moves.Where(m => m.ReasonForChange is "CREQB" or "CREQO" or "CHILD" or "ALLEG" or "STAND" or "CLOSE" or "APPRR").ToList();

        Near(1.0 / 12, unplanned.Count(m => m.Emergency) / (double)unplanned.Count, 0.02, "emergencies among unplanned moves");
        Assert.DoesNotContain(moves.Except(unplanned), m => m.Emergency);
        Assert.DoesNotContain(requests.OfType<RecordEntryToCareRequest>(), e => e.Emergency);
    }

    [Fact]
    public void Each_child_has_one_to_four_social_workers()
    {
        var counts = Cohorts.FiveThousand.Children.Select(c => c.Facts.SocialWorkerAllocations).ToList();
        Assert.All(counts, n => Assert.InRange(n, 1, 4));
        Assert.Equal(4, counts.Max());
        Assert.All(Cohorts.FiveThousand.Children, c =>
            Assert.Equal(c.Facts.SocialWorkerAllocations, c.Commands.Count(x => x.Kind == CommandKind.SocialWorkerAllocated)));
    }
}
