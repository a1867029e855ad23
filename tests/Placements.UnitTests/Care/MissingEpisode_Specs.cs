using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

/// <summary>Missing from placement (M) or away without authorisation (A): during care, one after another.</summary>
public class MissingEpisode_Specs
{
    private static MissingEpisode Missing(string start, string? end = null, string kind = "M") =>
        new(kind, Date(start), end is null ? null : Date(end));

    [Fact]
    public void An_episode_is_recorded_and_then_closed_by_the_same_start()
    {
        var history = LookedAfterSince("2025-05-12");

        var open = history.RecordMissing([], Missing("2025-08-01"));
        var closed = history.RecordMissing(open, Missing("2025-08-01", "2025-08-03", kind: "A"));

        Assert.Equal([Missing("2025-08-01", "2025-08-03", kind: "A")], closed);
    }

    [Fact]
    public void Missing_is_m_or_a() =>
        Assert.Contains("(rule 1006)", Assert.Throws<CareRuleViolation>(
            () => LookedAfterSince("2025-05-12").RecordMissing([], Missing("2025-08-01", kind: "X"))).Message);

    [Theory]
    [InlineData("2025-08-01", "2025-07-31", "567")]
    [InlineData("2025-05-11", null, "581")]
    [InlineData("2026-01-02", "2026-01-03", "578")]
    [InlineData("2025-12-30", null, "577")]
    [InlineData("2025-12-30", "2026-01-02", "577")]
    public void An_episode_is_within_a_period_of_care_and_ends_after_it_starts(string start, string? end, string rule)
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2026-01-01"), "E4A");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.RecordMissing([], Missing(start, end)));

        Assert.EndsWith($"(rule {rule}).", refusal.Message.Replace("rules 581, 586", "rule 581", StringComparison.Ordinal));
    }

    [Fact]
    public void Episodes_on_the_days_care_began_and_ended_are_accepted()
    {
        var history = LookedAfterSince("2025-05-12");
        history.EndCare(Date("2026-01-01"), "E4A");

        var episodes = history.RecordMissing([Missing("2025-05-12", "2025-05-13")], Missing("2026-01-01", "2026-01-01"));

        Assert.Equal(2, episodes.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("2025-08-05")]
    public void One_ends_before_the_next_starts(string? firstEnds)
    {
        var history = LookedAfterSince("2025-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.RecordMissing([Missing("2025-08-01", firstEnds)], Missing("2025-08-04")));
        var next = history.RecordMissing([Missing("2025-08-01", "2025-08-04")], Missing("2025-08-04"));

        Assert.EndsWith("(rule 574).", refusal.Message);
        Assert.Equal(2, next.Count);
    }
}
