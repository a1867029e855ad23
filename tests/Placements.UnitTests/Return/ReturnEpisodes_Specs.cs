using CorporateParenting.Reporting;
using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Return;

/// <summary>Which episodes a collection year's return holds, and how one still open on 31 March is written.</summary>
public class ReturnEpisodes_Specs
{
    private static readonly CollectionYear Year2025To26 = new(2026);

    private static IReadOnlyList<Episode> Episodes(CareHistory history) => history.Periods.SelectMany(p => p.Episodes).ToList();

    [Theory]
    [InlineData("2025-03-31", false)] // ended the day before the year began
    [InlineData("2025-04-01", true)] // ended on its first day: open on 31 March of the year before
    [InlineData("2026-03-31", true)]
    public void An_episode_that_ended_is_in_the_year_it_was_open_in(string ended, bool inYear)
    {
        var history = LookedAfterSince("2024-06-01");
        history.EndCare(Date(ended), "E4A");

        var episodes = ReturnEpisodes.In(Episodes(history), Year2025To26);

        Assert.Equal(inYear ? 1 : 0, episodes.Count);
    }

    [Theory]
    [InlineData("2026-03-31", true)] // entered on the last day
    [InlineData("2026-04-01", false)]
    public void An_episode_that_starts_by_31_march_is_in_the_year(string entered, bool inYear)
    {
        var history = LookedAfterSince(entered);

        Assert.Equal(inYear ? 1 : 0, ReturnEpisodes.In(Episodes(history), Year2025To26).Count);
    }

    [Fact]
    public void An_episode_open_on_31_march_is_written_open_whatever_happened_after()
    {
        var history = LookedAfterSince("2025-01-01");
        history.ChangePlacement(Date("2026-04-10"), ChildrensHome(), "CARPL");
        history.EndCare(Date("2026-06-01"), "E4A");

        var episode = Assert.Single(ReturnEpisodes.In(Episodes(history), Year2025To26));

        Assert.Equal((Date("2025-01-01"), null, null, null), (episode.Start, episode.End, episode.ReasonCeased, episode.ReasonForPlacementChange));
    }

    [Fact]
    public void A_child_who_entered_and_left_within_the_year_has_each_episode_with_its_end()
    {
        var history = LookedAfterSince("2025-04-01", dateOfBirth: "2016-02-29");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");
        history.EndCare(Date("2026-02-28"), "E4A");

        var episodes = ReturnEpisodes.In(Episodes(history), Year2025To26);

        Assert.Equal(
            [(Date("2025-04-01"), (DateOnly?)Date("2025-09-01"), "X1", "CARPL"), (Date("2025-09-01"), Date("2026-02-28"), "E4A", null)],
            episodes.Select(e => (e.Start, e.End, e.ReasonCeased, e.ReasonForPlacementChange)));
    }

    [Fact]
    public void Two_periods_in_the_year_are_both_held_and_a_period_before_it_is_not()
    {
        var history = LookedAfterSince("2023-01-10");
        history.EndCare(Date("2024-12-01"), "E4A");
        history.EnterCare(Date("2025-05-01"), "C1", "N1", Foster());
        history.EndCare(Date("2025-07-01"), "E4A");
        history.EnterCare(Date("2026-01-05"), "C1", "N1", Foster());

        var episodes = ReturnEpisodes.In(Episodes(history), Year2025To26);

        Assert.Equal([Date("2025-05-01"), Date("2026-01-05")], episodes.Select(e => e.Start));
    }
}

/// <summary>Which missing episodes the year's Missing table holds.</summary>
public class ReturnMissingEpisodes_Specs
{
    [Fact]
    public void Episodes_open_in_the_year_are_held_and_one_open_on_31_march_is_open()
    {
        MissingEpisode[] episodes =
        [
            new("M", Date("2025-03-01"), Date("2025-03-31")),
            new("M", Date("2025-03-30"), Date("2025-04-01")),
            new("A", Date("2026-03-31"), Date("2026-04-02")),
            new("M", Date("2026-04-01"), null),
        ];

        var held = ReturnEpisodes.MissingIn(episodes, new CollectionYear(2026));

        Assert.Equal([new("M", Date("2025-03-30"), Date("2025-04-01")), new MissingEpisode("A", Date("2026-03-31"), null)], held);
    }
}
