using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class CorrectingDates_Specs
{
    private static HistoryCorrected Restart(CareHistory history, string startsOn, string correctedStart) =>
        history.Correct(new EpisodeChanges(EpisodeStartsOn: Date(startsOn), Start: Date(correctedStart)), null, Today);

    /// <summary>Foster from 12 May 2025, a children's home from 1 September, another foster placement from 5 January 2026.</summary>
    private static CareHistory ThreePlacements()
    {
        var history = LookedAfterSince("2025-05-12");
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");
        history.ChangePlacement(Date("2026-01-05"), Foster("U4"), "CHILD");
        return history;
    }

    [Fact]
    public void A_corrected_start_moves_the_end_of_the_episode_before()
    {
        var history = ThreePlacements();

        var corrected = Restart(history, "2025-09-01", "2025-08-25");

        var episodes = history.Periods[0].Episodes;
        Assert.Equal((Date("2025-08-25"), Date("2025-08-25"), Date("2026-01-05")), (episodes[0].End, episodes[1].Start, episodes[1].End));
        Assert.Equal(Date("2025-09-01"), Assert.Single(corrected.Periods).Before[1].Start);
    }

    [Fact]
    public void An_episode_cannot_start_on_the_day_the_episode_before_started_but_can_the_day_after()
    {
        var history = ThreePlacements();

        var refusal = Assert.Throws<CareRuleViolation>(() => Restart(history, "2025-09-01", "2025-05-12"));
        Restart(history, "2025-09-01", "2025-05-13");

        Assert.Equal(
            "The episode that started on 2025-09-01 cannot start on 2025-05-12: the episode before it started on 2025-05-12 and every episode lasts at least a day, so give a later date.",
            refusal.Message);
        Assert.Equal(Date("2025-05-13"), history.Periods[0].Episodes[1].Start);
    }

    [Theory]
    [InlineData("2026-01-05")]
    [InlineData("2026-02-01")]
    public void An_episode_cannot_start_on_or_after_the_next_one(string correctedStart)
    {
        var history = ThreePlacements();

        var refusal = Assert.Throws<CareRuleViolation>(() => Restart(history, "2025-09-01", correctedStart));

        Assert.Equal(
            $"The episode that started on 2025-09-01 cannot start on {correctedStart}: the next episode starts on 2026-01-05, so give an earlier date.",
            refusal.Message);
        Assert.Equal(Date("2025-09-01"), history.Periods[0].Episodes[1].Start);
    }

    [Fact]
    public void Correcting_the_first_episodes_start_moves_the_start_of_the_period()
    {
        var history = ThreePlacements();

        Restart(history, "2025-05-12", "2025-04-28");

        Assert.Equal(Date("2025-04-28"), history.Periods[0].Start);
        Assert.Equal(3, history.Periods[0].Episodes.Count);
    }

    [Fact]
    public void A_period_cannot_be_corrected_to_start_before_the_day_after_the_previous_one_ended()
    {
        var history = LookedAfterSince("2024-01-08");
        history.EndCare(Date("2024-06-30"), "E4A");
        history.EnterCare(Date("2025-05-12"), "C1", "N1", Foster());

        var refusal = Assert.Throws<CareRuleViolation>(() => Restart(history, "2025-05-12", "2024-06-30"));
        Restart(history, "2025-05-12", "2024-07-01");

        Assert.Equal(
            "The episode that started on 2025-05-12 cannot start on 2024-06-30: the previous period of care ended on 2024-06-30, and a new period starts after the previous one ended.",
            refusal.Message);
        Assert.Equal(Date("2024-07-01"), history.Periods[1].Start);
    }

    [Fact]
    public void A_period_cannot_be_corrected_to_start_before_the_child_was_born()
    {
        var history = LookedAfterSince("2015-07-01", dateOfBirth: "2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(() => Restart(history, "2015-07-01", "2015-06-14"));

        Assert.Equal("Entry to care on 2015-06-14 is before the child's date of birth, 2015-06-15.", refusal.Message);
    }

    [Fact]
    public void A_start_corrected_onto_a_leap_day_is_kept_and_one_on_the_18th_birthday_of_a_leap_day_child_is_refused()
    {
        var history = LookedAfterSince("2026-02-27", dateOfBirth: "2008-02-29");

        var refusal = Assert.Throws<CareRuleViolation>(() => Restart(history, "2026-02-27", "2026-02-28"));
        Restart(history, "2026-02-27", "2024-02-29");

        Assert.Equal("The child is 18 or over on 2026-02-28; a child starting to be looked after must be under 18 (rule 352).", refusal.Message);
        Assert.Equal(Date("2024-02-29"), history.Periods[0].Start);
    }

    [Fact]
    public void A_start_cannot_be_corrected_to_a_day_still_to_come()
    {
        var history = LookedAfterSince("2026-06-01");

        var refusal = Assert.Throws<CareRuleViolation>(() => Restart(history, "2026-06-01", "2026-07-01"));

        Assert.Equal("The episode that started on 2026-06-01 cannot start on 2026-07-01: that is in the future.", refusal.Message);
    }

    [Fact]
    public void The_last_episode_of_a_closed_period_must_start_before_the_period_ended()
    {
        var history = ThreePlacements();
        history.EndCare(Date("2026-03-01"), "E4A");

        var refusal = Assert.Throws<CareRuleViolation>(() => Restart(history, "2026-01-05", "2026-03-01"));

        Assert.Equal(
            "The episode that started on 2026-01-05 cannot start on 2026-03-01: the period of care ended on 2026-03-01, so give an earlier date.",
            refusal.Message);
    }

    [Fact]
    public void A_start_and_codes_are_corrected_together()
    {
        var history = ThreePlacements();

        history.Correct(new EpisodeChanges(EpisodeStartsOn: Date("2026-01-05"), Start: Date("2026-01-02"), CategoryOfNeed: "N4"), null, Today);

        var current = history.CurrentEpisode!;
        Assert.Equal((Date("2026-01-02"), "N4", "U4"), (current.Start, current.CategoryOfNeed, current.Placement.Type));
        Assert.Equal(Date("2026-01-02"), history.Periods[0].Episodes[1].End);
    }
}
