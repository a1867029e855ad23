using CorporateParenting.Placements.V1;
using Placements.Synthetic;

namespace Placements.Synthetic.Tests;

/// <summary>The children looked after at AsAt follow docs/reference-figures.md §2 and §3.</summary>
public class DistributionTests
{
    private static readonly List<SyntheticChild> LookedAfter =
        Cohorts.FiveThousand.Children.Where(c => c.Facts.IsLookedAfterAtAsAt).ToList();

    private static double Share(Func<SyntheticChild, bool> predicate) => LookedAfter.Count(predicate) / (double)LookedAfter.Count;

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
    public void Sex_and_age_follow_the_national_mix()
    {
        Near(0.57, Share(c => c.Sex == "M"), 0.03, "male");
        foreach (var (from, to, share) in ReferenceDistributions.AgeBands)
        {
            Near(share, Share(c => c.Facts.AgeAtAsAt >= from && c.Facts.AgeAtAsAt <= to), 0.04, $"age {from}-{to}");
        }

        Assert.All(LookedAfter, c => Assert.InRange(c.Facts.AgeAtAsAt, 0, 17));
    }

    [Fact]
    public void Legal_status_follows_the_national_mix()
    {
        Near(0.75, Share(c => c.Facts.LegalStatus is "C1" or "C2"), 0.04, "care orders");
        Near(0.19, Share(c => c.Facts.LegalStatus == "V2"), 0.04, "s20");
        Near(0.06, Share(c => c.Facts.LegalStatus == "E1"), 0.03, "placement orders");
    }

    [Fact]
    public void Placement_mix_follows_the_national_mix_within_4_points()
    {
        foreach (var (group, share) in ReferenceDistributions.PlacementShares)
        {
            Near(share, Share(c => ReferenceDistributions.GroupOf(c.Facts.PlacementType) == group), 0.04, group.ToString());
        }

        bool Foster(SyntheticChild c) => ReferenceDistributions.GroupOf(c.Facts.PlacementType) == PlacementGroup.Foster;
        Near(0.39, Share(c => Foster(c) && !c.Facts.IsOutOfArea), 0.04, "foster inside the boundary");
        Near(0.29, Share(c => Foster(c) && c.Facts.IsOutOfArea), 0.04, "foster outside the boundary");
        Near(0.07, Share(c => c.Facts.PlacementType == "K2" && c.Facts.IsOutOfArea), 0.03, "children's homes outside the boundary");
        Assert.All(LookedAfter.Where(c => c.Facts.PlacementType == "K3"), c => Assert.True(c.Facts.AgeAtAsAt >= 16));
        Assert.All(LookedAfter.Where(c => c.Facts.PlacementType.StartsWith('A')), c => Assert.True(c.Facts.AgeAtAsAt <= 4));
        Assert.All(LookedAfter.Where(c => c.Facts.PlacementType == "P1"), c => Assert.Equal("PR0", c.Facts.PlacementProvider));
    }

    [Fact]
    public void Out_of_area_share_is_near_the_national_figure()
    {
        // Foster 29 + homes 7 points outside, plus about half of the remaining 23 points: about 46%.
        Near(0.46, Share(c => c.Facts.IsOutOfArea), 0.04, "placed outside our area");
        var options = Cohorts.FiveThousand.Options;
        Assert.All(LookedAfter.Where(c => c.Facts.IsOutOfArea), c =>
            Assert.Contains(c.Facts.PlacementAuthorityCode, options.NeighbourAuthorityCodes.Concat(options.DistantAuthorityCodes)));
    }

    [Fact]
    public void About_ten_percent_have_three_or_more_placements_in_the_year()
    {
        Near(0.10, Share(c => c.Facts.PlacementsInLast12Months >= 3), 0.03, "3+ placements in 12 months");
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
