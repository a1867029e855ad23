using CorporateParenting.Calendar;
using Notifications.Domain.Outbound;

namespace Notifications.UnitTests.Outbound;

/// <summary>docs/out-of-area.md §7: intent → placed → ended, or intent → withdrawn, each with the notice's due date.</summary>
public sealed class OutboundPlacement_Specs
{
    private static readonly NoticeDeadlines Deadlines = new(WorkingDayCalendar.EnglandAndWales);

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void An_intent_is_due_by_its_planned_start_and_stays_so_when_the_placement_starts_later()
    {
        var intent = OutboundPlacement.Intended(Day("2027-03-01"), Deadlines);

        var placed = intent.Confirm(Day("2027-03-08"), isEmergency: false, Deadlines);

        Assert.Equal((OutboundState.Intent, Day("2027-03-01")), (intent.State, intent.PlacementNoticeDue));
        Assert.Equal((OutboundState.Placed, Day("2027-03-08"), Day("2027-03-01")), (placed.State, placed.StartsOn, placed.PlacementNoticeDue));
        Assert.Equal(Day("2027-02-22"), intent.Confirm(Day("2027-02-22"), false, Deadlines).PlacementNoticeDue); // started early: by the start
    }

    [Fact]
    public void An_emergency_placement_without_an_intent_is_due_five_working_days_after_its_start() =>
        Assert.Equal(Day("2027-01-05"), OutboundPlacement.Placed(Day("2026-12-24"), isEmergency: true, Deadlines).PlacementNoticeDue);

    [Fact]
    public void An_unplanned_end_is_due_ten_working_days_after_it_and_an_intended_one_by_the_end()
    {
        var placed = OutboundPlacement.Placed(Day("2027-06-01"), isEmergency: false, Deadlines);

        var unplanned = placed.End(Day("2027-12-22"), Deadlines);
        var intended = (placed with { EndIntendedOn = Day("2027-12-22") }).End(Day("2027-12-22"), Deadlines);

        Assert.Equal((OutboundState.Ended, Day("2027-12-22"), Day("2028-01-10")), (unplanned.State, unplanned.EndedOn, unplanned.EndNoticeDue));
        Assert.Equal(Day("2027-12-22"), intended.EndNoticeDue);
    }

    [Fact]
    public void Only_an_intent_can_be_withdrawn_and_only_a_started_placement_can_end()
    {
        var intent = OutboundPlacement.Intended(Day("2027-03-01"), Deadlines);
        var placed = OutboundPlacement.Placed(Day("2027-03-01"), false, Deadlines);

        Assert.Equal(OutboundState.Withdrawn, intent.Withdraw().State);
        Assert.Null(intent.ProblemWithWithdrawing());
        Assert.Equal("Only an intent can be withdrawn; this notification is placed.", placed.ProblemWithWithdrawing());
        Assert.Equal(placed, placed.Withdraw());
        Assert.Equal(intent, intent.End(Day("2027-04-01"), Deadlines));
        Assert.Equal(placed, placed.End(Day("2027-02-01"), Deadlines)); // an end before it started is not this placement's
        var ended = placed.End(Day("2027-04-01"), Deadlines);
        Assert.Equal(ended, ended.End(Day("2027-05-01"), Deadlines)); // ended once; a repeat changes nothing
    }

    [Theory]
    [InlineData("2027-06-30", "2027-05-01", null)]
    [InlineData("2027-05-01", "2027-05-01", null)]
    [InlineData("2027-04-30", "2027-05-01", "endsOn (2027-04-30) is before today: an intention to end is recorded before the end.")]
    public void An_intention_to_end_is_recorded_ahead(string endsOn, string today, string? problem) =>
        Assert.Equal(problem, OutboundPlacement.Placed(Day("2027-03-01"), false, Deadlines).ProblemWithIntendingToEnd(Day(endsOn), Day(today)));

    [Fact]
    public void A_notice_of_a_placement_is_not_sent_without_what_regulation_13_4_requires()
    {
        Assert.Equal(["needsAssessment", "reasonsForPlacement", "carePlanReference"], NoticeContent.None.MissingForPlacementNotice());
        Assert.Equal(["carePlanReference"], new NoticeContent("Assessed 2027-02-10", "Near her school; carers matched", " ").MissingForPlacementNotice());
        Assert.Empty(new NoticeContent("Assessed", "Matched", "CP-2027-044").MissingForPlacementNotice());
    }

    [Fact]
    public void A_corrected_start_moves_the_notice_due_with_it()
    {
        var emergency = OutboundPlacement.Placed(Day("2026-12-21"), isEmergency: true, Deadlines);

        var corrected = emergency.StartCorrected(Day("2026-12-24"), Deadlines);

        Assert.Equal(Day("2026-12-30"), emergency.PlacementNoticeDue); // Tue 22, Wed 23, Thu 24, Tue 29, Wed 30
        Assert.Equal((Day("2026-12-24"), Day("2027-01-05")), (corrected.StartsOn, corrected.PlacementNoticeDue)); // over Christmas and New Year
        var intent = OutboundPlacement.Intended(Day("2027-03-01"), Deadlines);
        Assert.Same(intent, intent.StartCorrected(Day("2027-03-08"), Deadlines)); // an intent is ours, not Placements'
    }

    [Fact]
    public void A_corrected_end_moves_the_end_notice_or_reopens_the_placement()
    {
        var ended = OutboundPlacement.Placed(Day("2027-09-01"), false, Deadlines).End(Day("2027-12-20"), Deadlines);

        var later = ended.EndCorrected(Day("2027-12-22"), Deadlines);
        var reopened = ended.EndCorrected(null, Deadlines);

        Assert.Equal((OutboundState.Ended, Day("2027-12-22"), Day("2028-01-10")), (later.State, later.EndedOn, later.EndNoticeDue)); // the worked example
        Assert.Equal((OutboundState.Placed, (DateOnly?)null, (DateOnly?)null), (reopened.State, reopened.EndedOn, reopened.EndNoticeDue));
        Assert.Same(ended, ended.EndCorrected(Day("2027-08-31"), Deadlines)); // before it started: not an end of this placement
    }

    [Fact]
    public void A_notice_goes_only_with_what_reg_13_4_requires_and_an_end_notice_only_once_the_end_is_known()
    {
        var content = new NoticeContent("Needs a settled home.", "Matched carers.", "CP-1");
        var placed = OutboundPlacement.Placed(Day("2027-03-01"), false, Deadlines);
        var intent = OutboundPlacement.Intended(Day("2027-03-01"), Deadlines);

        Assert.Null(placed.ProblemWithSending("placement", content));
        Assert.Contains("needsAssessment, reasonsForPlacement, carePlanReference (reg 13(4))", placed.ProblemWithSending("placement", NoticeContent.None));
        Assert.Contains("neither is recorded", placed.ProblemWithSending("end", content));
        Assert.Null((placed with { EndIntendedOn = Day("2027-06-01") }).ProblemWithSending("end", content));
        Assert.Null(placed.End(Day("2027-05-01"), Deadlines).ProblemWithSending("end", NoticeContent.None));
        Assert.Contains("withdrawn", intent.Withdraw().ProblemWithSending("placement", content));
    }
}
