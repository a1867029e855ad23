using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class CorrectingAPeriodsEnd_Specs
{
    private static HistoryCorrected Correct(CareHistory history, string startedOn, string? end = null, string? reason = null) =>
        history.Correct(null, new PeriodChanges(Date(startedOn), end is null ? null : Date(end), reason), Today);

    /// <summary>Looked after from 12 May 2025, a children's home from 1 September, home (E4A) on 1 December.</summary>
    private static CareHistory WentHome(string dateOfBirth = "2015-06-15")
    {
        var history = LookedAfterSince("2025-05-12", dateOfBirth);
        history.ChangePlacement(Date("2025-09-01"), ChildrensHome(), "CARPL");
        history.EndCare(Date("2025-12-01"), "E4A");
        return history;
    }

    [Fact]
    public void A_closed_periods_end_and_reason_are_corrected()
    {
        var history = WentHome();

        var corrected = Correct(history, "2025-05-12", "2025-11-15", "E4B");

        Assert.Equal((Date("2025-11-15"), "E4B"), (history.Periods[0].End, history.Periods[0].ReasonCeased));
        Assert.Equal((Date("2025-11-15"), "E4B"), (history.Periods[0].Episodes[1].End, history.Periods[0].Episodes[1].ReasonCeased));
        Assert.Equal(Date("2025-12-01"), Assert.Single(corrected.Periods).Before[1].End);
    }

    [Fact]
    public void A_period_cannot_end_on_the_day_its_last_episode_started()
    {
        var history = WentHome();

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-12", "2025-09-01"));

        Assert.Equal(
            "The period of care that started on 2025-05-12 cannot end on 2025-09-01: its last episode started on 2025-09-01 and every episode lasts at least a day, so give a later date.",
            refusal.Message);
        Assert.Equal(Date("2025-12-01"), history.Periods[0].End);
    }

    [Fact]
    public void A_period_must_end_before_the_next_one_started()
    {
        var history = WentHome();
        history.EnterCare(Date("2026-02-02"), "V2", "N4", Foster());

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-12", "2026-02-02"));
        Correct(history, "2025-05-12", "2026-02-01");

        Assert.Equal(
            "The period of care that started on 2025-05-12 cannot end on 2026-02-02: the next period of care started on 2026-02-02, and a period ends before the next one starts.",
            refusal.Message);
        Assert.Equal(Date("2026-02-01"), history.Periods[0].End);
        Assert.True(history.IsLookedAfter);
    }

    [Fact]
    public void A_period_cannot_be_corrected_to_end_in_the_future()
    {
        var history = WentHome();

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-12", "2026-07-01"));

        Assert.Equal("The period of care that started on 2025-05-12 cannot end on 2026-07-01: that is in the future.", refusal.Message);
    }

    [Fact]
    public void An_open_period_is_ended_by_recording_the_end_of_care_not_by_correction()
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-12", "2025-12-01", "E4A"));

        Assert.Equal("The period of care that started on 2025-05-12 has not ended; record the end of care rather than correcting it.", refusal.Message);
    }

    [Fact]
    public void A_period_is_named_by_the_day_it_started()
    {
        var history = WentHome();

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-13", reason: "E4B"));

        Assert.Equal("No period of care started on 2025-05-13; the child's periods started on 2025-05-12.", refusal.Message);
    }

    [Fact]
    public void A_correction_giving_the_recorded_end_changes_nothing()
    {
        var history = WentHome();

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-12", "2025-12-01", "E4A"));

        Assert.Equal("The correction changes nothing in the period of care that started on 2025-05-12.", refusal.Message);
    }

    [Fact]
    public void X1_is_not_a_reason_for_care_to_end()
    {
        var history = WentHome();

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-12", reason: "X1"));

        Assert.Equal("X1 means a new episode starts the same day; record the change of placement or legal status instead of ending care.", refusal.Message);
    }

    [Fact]
    public void Staying_put_needs_the_18th_birthday_on_the_corrected_end_which_for_a_leap_day_child_is_28_february()
    {
        var history = LookedAfterSince("2025-05-12", dateOfBirth: "2008-02-29");
        history.EndCare(Date("2026-03-02"), "E17");

        var refusal = Assert.Throws<CareRuleViolation>(() => Correct(history, "2025-05-12", "2026-02-27"));
        Correct(history, "2025-05-12", "2026-02-28");

        Assert.Equal("E17 (staying put) needs the young person to be 18 or over; they are 17 on 2026-02-27 (rule 460).", refusal.Message);
        Assert.Equal((Date("2026-02-28"), "E17"), (history.Periods[0].End, history.Periods[0].ReasonCeased));
    }

    [Fact]
    public void An_episode_start_and_the_periods_end_are_corrected_together()
    {
        var history = WentHome();

        var corrected = history.Correct(
            new EpisodeChanges(EpisodeStartsOn: Date("2025-09-01"), Start: Date("2025-10-01")), new PeriodChanges(Date("2025-05-12"), Date("2025-10-20")), Today);

        Assert.Equal([(Date("2025-05-12"), Date("2025-10-01")), (Date("2025-10-01"), Date("2025-10-20"))],
            history.Periods[0].Episodes.Select(e => (e.Start, e.End!.Value)));
        Assert.Single(corrected.Periods);
    }

    [Fact]
    public void A_corrected_date_of_birth_is_refused_when_the_child_would_have_been_18_on_entering_care()
    {
        var history = WentHome();

        var refusal = Assert.Throws<CareRuleViolation>(() => history.CorrectDateOfBirth(Date("2007-05-12")));
        history.CorrectDateOfBirth(Date("2007-05-13"));

        Assert.Equal("The child is 18 or over on 2025-05-12; a child starting to be looked after must be under 18 (rule 352).", refusal.Message);
        Assert.Equal(Date("2007-05-13"), history.DateOfBirth);
    }
}
