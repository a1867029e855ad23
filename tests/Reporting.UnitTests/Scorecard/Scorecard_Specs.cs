using CorporateParenting.CodeLists;
using Reporting.Domain.Scorecard;
using Board = Reporting.Domain.Scorecard.Scorecard;

namespace Reporting.UnitTests.Scorecard;

/// <summary>
/// The Board's scorecard from raw figures (docs/scorecard.md): each kind of figure shown, suppressed below the
/// threshold (docs/reference-figures.md §9), judged against its target only when shown, and set beside the national
/// and neighbours' figures.
/// </summary>
public sealed class Scorecard_Specs
{
    private static readonly ScorecardSettings Settings = new(10, new Dictionary<string, decimal>(), new Dictionary<string, decimal>());

    private static ScorecardMeasure Measure(string key) => ScorecardMeasures.All.Single(m => m.Key == key);

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "c")]
    [InlineData(9, "c")]
    [InlineData(10, "10")]
    [InlineData(412, "412")]
    public void A_count_is_shown_unless_it_is_above_zero_and_below_the_threshold(int count, string shown) =>
        Assert.Equal(shown, Board.Show(new Count(count), 10).Shown);

    [Theory]
    [InlineData(41, 412, "10%", "412")]
    [InlineData(13, 104, "13%", "104")] // 12.5%: a half rounded away from zero
    [InlineData(5, 412, "c", "412")] // the numerator alone would tell
    [InlineData(0, 5, "c", "c")] // the denominator alone would tell
    [InlineData(0, 0, "z", "0")]
    [InlineData(0, 40, "0%", "40")]
    [InlineData(40, 40, "100%", "40")]
    public void A_share_is_a_whole_percentage_out_of_its_count_each_suppressed_on_its_own(int numerator, int denominator, string shown, string outOf)
    {
        var (value, of, _) = Board.Show(new Share(numerator, denominator), 10);

        Assert.Equal((shown, outOf), (value, of));
    }

    [Fact]
    public void An_average_over_fewer_children_than_the_threshold_is_suppressed_and_over_none_does_not_apply()
    {
        Assert.Equal(("14.7", "120"), Pair(Board.Show(new Average(14.65m, 120), 10)));
        Assert.Equal(("c", "c"), Pair(Board.Show(new Average(20m, 3), 10)));
        Assert.Equal(("z", "0"), Pair(Board.Show(new Average(null, 0), 10)));
    }

    [Fact]
    public void A_rate_per_10000_is_suppressed_with_the_count_it_comes_from()
    {
        Assert.Equal("67", Board.Show(new PerTenThousand(67, 412), 10).Shown);
        Assert.Equal("c", Board.Show(new PerTenThousand(1, 4), 10).Shown);
        Assert.Equal("0", Board.Show(new PerTenThousand(0, 0), 10).Shown);
    }

    [Fact]
    public void Pupil_premium_plus_spent_is_a_share_of_the_grant_hidden_with_a_small_group_whose_size_the_grant_would_tell()
    {
        Assert.Equal(("75%", "£1,000,000"), Pair(Board.Show(new Spent(75_000_000, 100_000_000, 400), 10)));
        Assert.Equal(("c", "c"), Pair(Board.Show(new Spent(100_000, 257_000, 1), 10)));
        Assert.Equal("z", Board.Show(new Spent(0, 0, 0), 10).Shown);
    }

    [Theory]
    [InlineData("long_term_stability", 68, 100, 70, false)] // higher is better: 68% falls short of 70
    [InlineData("long_term_stability", 70, 100, 70, true)]
    [InlineData("three_or_more_placements", 10, 100, 10, true)] // lower is better: at the target meets it
    [InlineData("three_or_more_placements", 11, 100, 10, false)]
    public void A_target_is_met_at_or_beyond_it_in_the_figures_better_direction(string key, int numerator, int denominator, int target, bool meets)
    {
        var settings = Settings with { Targets = new Dictionary<string, decimal> { [key] = target } };

        var figure = Board.Figure(Measure(key), new Share(numerator, denominator), settings);

        Assert.Equal((target, meets), (figure.Target, figure.MeetsTarget));
    }

    [Fact]
    public void A_suppressed_figure_is_not_judged_against_its_target_so_the_judgement_cannot_give_it_away()
    {
        var settings = Settings with { Targets = new Dictionary<string, decimal> { ["three_or_more_placements"] = 10 } };

        var figure = Board.Figure(Measure("three_or_more_placements"), new Share(3, 40), settings);

        Assert.Equal(("c", (bool?)null), (figure.Value, figure.MeetsTarget));
    }

    [Fact]
    public void The_rounded_figure_is_shown_but_the_target_is_judged_on_the_unrounded_one()
    {
        // 89.6% is shown as 90% and does not meet a 90% target.
        var settings = Settings with { Targets = new Dictionary<string, decimal> { ["health_assessments"] = 90 } };

        var figure = Board.Figure(Measure("health_assessments"), new Share(896, 1000), settings);

        Assert.Equal(("90%", (bool?)false), (figure.Value, figure.MeetsTarget));
    }

    [Fact]
    public void A_figure_with_no_better_direction_is_never_judged_and_each_line_carries_the_national_and_neighbours_figures()
    {
        var settings = Settings with
        {
            Targets = new Dictionary<string, decimal> { ["placed_in_foster_care"] = 70 },
            StatisticalNeighbours = new Dictionary<string, decimal> { ["placed_in_foster_care"] = 71.5m },
        };

        var figure = Board.Figure(Measure("placed_in_foster_care"), new Share(300, 412), settings);

        Assert.Equal(("73%", "412", (bool?)null, 67m, 71.5m), (figure.Value, figure.OutOf, figure.MeetsTarget, figure.National, figure.StatisticalNeighbours));
        Assert.Contains("EES 2024", figure.NationalSource);
    }

    [Fact]
    public void The_lines_follow_the_scorecards_order_and_only_what_was_measured_is_shown()
    {
        var measured = new Dictionary<string, Measured>
        {
            ["notices_sent_on_time"] = new Share(20, 25),
            ["looked_after"] = new Count(412),
            ["average_sdq_score"] = new Average(14.2m, 200),
        };

        var figures = Board.Figures(measured, Settings);

        Assert.Equal(["looked_after", "average_sdq_score", "notices_sent_on_time"], figures.Select(f => f.Key));
        Assert.Equal(["412", "14.2", "80%"], figures.Select(f => f.Value));
    }

    [Fact]
    public void Every_national_figure_is_one_reference_figures_gives_and_every_key_is_unique()
    {
        Assert.Equal(ScorecardMeasures.All.Count, ScorecardMeasures.All.Select(m => m.Key).Distinct().Count());
        Assert.All(ScorecardMeasures.All.Where(m => m.National is not null), m => Assert.False(string.IsNullOrWhiteSpace(m.NationalSource)));
        // docs/reference-figures.md §2: the placement mix adds up to the whole.
        Assert.Equal(100m, ScorecardMeasures.All.Where(m => m.Key.StartsWith("placed_", StringComparison.Ordinal) && m.National is not null).Sum(m => m.National));
        Assert.Equal("care_leavers_19_21_in_touch", ScorecardMeasures.CareLeaverKey("19-21", "in_touch"));
        Assert.Contains(ScorecardMeasures.All, m => m.Key == ScorecardMeasures.CareLeaverKey("17-18", "in_education_employment_or_training"));
    }

    [Fact]
    public void A_trend_runs_oldest_first_each_point_shown_as_the_headline_is()
    {
        var trend = Board.Trend(Measure("looked_after"),
            [(new DateOnly(2026, 10, 31), new Count(412)), (new DateOnly(2026, 8, 31), new Count(5)), (new DateOnly(2026, 9, 30), new Count(0))], 10);

        Assert.Equal([(new DateOnly(2026, 8, 31), "c"), (new DateOnly(2026, 9, 30), "0"), (new DateOnly(2026, 10, 31), "412")],
            trend.Points.Select(p => (p.AsAt, p.Value)));
    }

    [Fact]
    public void A_partners_late_notices_are_suppressed_as_any_count_is()
    {
        Assert.Equal(new PartnerFigure("E08000025", "Birmingham", "24", "c", "c"), Board.Partner("E08000025", "Birmingham", 24, 3, 10));
        Assert.Equal(new PartnerFigure("E06000015", "Derby", "40", "10", "25%"), Board.Partner("E06000015", "Derby", 40, 10, 10));
        Assert.Equal(new PartnerFigure("E06000016", "Leicester", "c", "0", "c"), Board.Partner("E06000016", "Leicester", 4, 0, 10));
    }

    [Theory]
    [InlineData("U1", PlacementGroup.Foster)]
    [InlineData("U6", PlacementGroup.Foster)]
    [InlineData("K2", PlacementGroup.ChildrensHome)]
    [InlineData("K3", PlacementGroup.SupportedAccommodation)]
    [InlineData("P1", PlacementGroup.WithParents)]
    [InlineData("A3", PlacementGroup.PlacedForAdoption)]
    [InlineData("A6", PlacementGroup.PlacedForAdoption)]
    [InlineData("K1", PlacementGroup.Other)]
    [InlineData("R1", PlacementGroup.Other)]
    [InlineData("Z1", PlacementGroup.Other)]
    public void The_placement_mix_groups_each_placement_type_as_DfE_publishes_it(string type, PlacementGroup group) =>
        Assert.Equal(group, PlacementGroups.Of(type));

    private static (string, string?) Pair((string Shown, string? OutOf, decimal? _) shown) => (shown.Shown, shown.OutOf);
}
