using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

public sealed class ReplayingHistory_Specs
{
    [Fact]
    public void Each_episode_that_began_a_placement_keeps_whether_it_was_an_emergency()
    {
        var first = new Episode(Date("2025-05-12"), "S", "C2", "N1", Foster(), false, "ALLEG", Date("2025-09-01"), "X1", IsEmergency: true);
        var second = new Episode(Date("2025-09-01"), "P", "C2", "N1", ChildrensHome(), true, "CARPL", Date("2025-11-03"), "X1", IsEmergency: true);
        var third = new Episode(Date("2025-11-03"), "B", "C1", "N1", Foster("U4"), false, null, Date("2026-01-05"), "X1", IsEmergency: true);
        var fourth = new Episode(Date("2026-01-05"), "L", "C2", "N1", Foster("U4"), false);

        var history = CareHistory.Replay(Date("2015-06-15"), Derby, [[first, second, third, fourth]]);

        Assert.Equal([true, true, true, false], history.Periods[0].Episodes.Select(e => e.IsEmergency));
    }

    [Fact]
    public void What_an_rne_says_stayed_the_same_comes_from_the_episode_before()
    {
        var first = new Episode(Date("2025-05-12"), "S", "C1", "N1", Foster(), false, null, Date("2025-09-01"), "X1");
        var legalStatus = new Episode(Date("2025-09-01"), "L", "C2", "N1", ChildrensHome(), true);

        var history = CareHistory.Replay(Date("2015-06-15"), Derby, [[first, legalStatus]]);

        Assert.Equal(legalStatus with { Placement = Foster(), IsOutOfArea = false }, history.CurrentEpisode);
    }

    [Fact]
    public void A_period_of_care_is_not_continued_by_rne_s()
    {
        var first = new Episode(Date("2025-05-12"), "S", "C2", "N1", Foster(), false, null, Date("2025-09-01"), "X1");
        var second = new Episode(Date("2025-09-01"), "S", "C2", "N1", ChildrensHome(), true);

        var refusal = Assert.Throws<CareRuleViolation>(() => CareHistory.Replay(Date("2015-06-15"), Derby, [[first, second]]));

        Assert.Equal(
            "The episode that started on 2025-09-01 has RNE S, which cannot continue a period of care; use P, T, L, B or U (S starts a new period).",
            refusal.Message);
    }

    [Fact]
    public void A_period_keeps_the_category_of_need_it_began_with()
    {
        var first = new Episode(Date("2025-06-01"), "S", "C2", "N1", Foster(), false, "CARPL", Date("2025-09-01"), "X1");
        var second = new Episode(Date("2025-09-01"), "P", "C2", "N2", ChildrensHome(), false);

        var refusal = Assert.Throws<CareRuleViolation>(() => CareHistory.Replay(Date("2015-06-15"), Derby, [[first, second]]));

        Assert.Equal(
            "The episode that started on 2025-09-01 has category of need N2, but its period of care began with N1: a period keeps the category of need it began with (rule 504).",
            refusal.Message);
    }
}
