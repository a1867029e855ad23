using LeavingCare.Domain.Status;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.Status;

/// <summary>docs/leaving-care.md §2.1: the same events in any order, once or repeated, give the same history; corrections move or rewrite it.</summary>
public sealed class CareTimeline_Specs
{
    private static readonly Guid First = new("00000000-0000-0000-0000-000000000001");
    private static readonly Guid Second = new("00000000-0000-0000-0000-000000000002");
    private static readonly DateTimeOffset At = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);

    // Example B as Placements' events: entered care twice, a change of legal status in the second period, care ended twice.
    private static readonly CareChange[] ExampleB =
    [
        CareChange.Began(First, Date("2022-06-01"), "V2", At),
        CareChange.Began(First, Date("2022-09-01"), "C2", At.AddMinutes(1)),
        CareChange.Ended(First, Date("2023-08-01"), "E4A", At.AddMinutes(2)),
        CareChange.Began(Second, Date("2025-02-01"), "V2", At.AddMinutes(3)),
        CareChange.Began(Second, Date("2025-03-01"), "C1", At.AddMinutes(4)),
        CareChange.Ended(Second, Date("2025-04-01"), "E13", At.AddMinutes(5)),
    ];

    private static IReadOnlyList<CareChange> Apply(IEnumerable<CareChange> changes) =>
        changes.Aggregate((IReadOnlyList<CareChange>)[], CareTimeline.With);

    [Fact]
    public void The_events_of_example_B_give_its_episodes_each_period_ending_with_its_reason() =>
        Assert.Equal(
        [
            new CareEpisode(Date("2022-06-01"), Date("2022-09-01"), "V2"), new CareEpisode(Date("2022-09-01"), Date("2023-08-01"), "C2", "E4A"),
            new CareEpisode(Date("2025-02-01"), Date("2025-03-01"), "V2"), new CareEpisode(Date("2025-03-01"), Date("2025-04-01"), "C1", "E13"),
        ], CareTimeline.Episodes(Apply(ExampleB)));

    [Fact]
    public void Every_order_and_every_repeat_gives_the_same_history_and_the_same_status()
    {
        var expected = CareTimeline.Episodes(Apply(ExampleB));
        var random = new Random(7);
        for (var run = 0; run < 200; run++)
        {
            var shuffled = ExampleB.Concat(ExampleB.Where(_ => random.Next(3) == 0)).OrderBy(_ => random.Next()).ToList();
            var episodes = CareTimeline.Episodes(Apply(shuffled));

            Assert.Equal(expected, episodes);
            Assert.Equal(CareLeaverCategory.Relevant, CareLeaverStatus.On(new CareHistory(Date("2009-03-10"), episodes), Date("2025-06-01")));
        }
    }

    [Fact]
    public void Of_two_facts_for_the_same_day_the_newer_wins_whichever_arrives_first()
    {
        var older = CareChange.Began(First, Date("2025-01-01"), "V2", At);
        var newer = CareChange.Began(First, Date("2025-01-01"), "C2", At.AddHours(1));

        Assert.Equal("C2", Assert.Single(CareTimeline.Episodes(Apply([older, newer]))).LegalStatus);
        Assert.Equal("C2", Assert.Single(CareTimeline.Episodes(Apply([newer, older]))).LegalStatus);
    }

    [Fact]
    public void A_new_legal_status_keeps_the_placement_and_a_same_day_move_keeps_its_placement_in_either_order()
    {
        var entered = CareChange.Began(First, Date("2025-01-01"), "V2", At, "U4");
        var moved = CareChange.Began(First, Date("2025-03-01"), "V2", At.AddMinutes(1), "K2");
        var newStatus = CareChange.Began(First, Date("2025-03-01"), "C2", At.AddMinutes(2));
        var laterStatus = CareChange.Began(First, Date("2025-05-01"), "C1", At.AddMinutes(3));

        foreach (var order in new[] { new[] { entered, moved, newStatus, laterStatus }, [laterStatus, newStatus, moved, entered] })
        {
            Assert.Equal(["U4", "K2", "K2"], CareTimeline.Episodes(Apply(order)).Select(e => e.PlacementType));
            Assert.Equal(["V2", "C2", "C1"], CareTimeline.Episodes(Apply(order)).Select(e => e.LegalStatus));
        }
    }

    [Fact]
    public void A_period_still_open_ends_nowhere_and_an_end_before_a_later_start_cuts_that_start_off()
    {
        var open = Apply([CareChange.Began(First, Date("2025-01-01"), "C2", At)]);
        var endedFirst = Apply([CareChange.Began(First, Date("2025-01-01"), "C2", At), CareChange.Ended(First, Date("2025-02-01"), "E4A", At),
            CareChange.Began(First, Date("2025-03-01"), "C1", At)]);

        Assert.Null(Assert.Single(CareTimeline.Episodes(open)).Ended);
        Assert.Equal(new CareEpisode(Date("2025-01-01"), Date("2025-02-01"), "C2", "E4A"), Assert.Single(CareTimeline.Episodes(endedFirst)));
    }

    [Fact]
    public void Corrections_move_a_start_or_an_end_reopen_a_period_and_rewrite_a_legal_status_or_a_reason()
    {
        var history = Apply(ExampleB);

        var startMoved = CareTimeline.Moved(history, Second, inCare: true, Date("2025-02-01"), Date("2025-01-15"), At.AddDays(1));
        var reopened = CareTimeline.Moved(history, Second, inCare: false, Date("2025-04-01"), null, At.AddDays(1));
        var shortBreaks = CareTimeline.Rewritten(history, First, Date("2022-09-01"), "V3", null, At.AddDays(1));
        var adopted = CareTimeline.Rewritten(history, Second, null, null, "E12", At.AddDays(1));

        Assert.Equal(Date("2025-01-15"), CareTimeline.Episodes(startMoved)[2].Started);
        Assert.Null(CareTimeline.Episodes(reopened)[^1].Ended);
        Assert.Equal("V3", CareTimeline.Episodes(shortBreaks)[1].LegalStatus);
        Assert.Equal("E12", CareTimeline.Episodes(adopted)[^1].ReasonEnded);
        Assert.Same(history, CareTimeline.Moved(history, Second, inCare: true, Date("2030-01-01"), Date("2030-02-01"), At)); // nothing on that day
    }
}
