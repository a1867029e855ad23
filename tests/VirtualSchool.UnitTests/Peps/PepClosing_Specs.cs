using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepClosing_Specs
{
    private static readonly DateOnly Born = Date("2012-04-20");

    [Fact]
    public void Care_taken_over_by_another_authority_closes_with_e3()
    {
        var decision = PepClosing.Decide(new PepClosingFacts(Born, Date("2026-06-03"), Date("2026-06-03"), "E3"));

        Assert.Equal(new PepCloseDecision(PepCloseReason.CareTakenOverByAnotherAuthority, Date("2026-06-03"), "E3"), decision);
        Assert.Equal("care taken over by another authority (E3) on 3 Jun 2026", decision!.Describe());
    }

    [Theory]
    [InlineData("E4A")]
    [InlineData("E11")]
    [InlineData("E13")]
    [InlineData("E45")]
    [InlineData("E8")]
    [InlineData("e4b")]
    public void Any_other_end_of_care_closes_as_left_care_with_its_code(string reasonCeased)
    {
        var decision = PepClosing.Decide(new PepClosingFacts(Born, Date("2026-06-10"), Date("2026-06-03"), reasonCeased));

        Assert.Equal(new PepCloseDecision(PepCloseReason.LeftCare, Date("2026-06-03"), reasonCeased.ToUpperInvariant()), decision);
    }

    [Fact]
    public void An_episode_ending_within_the_period_of_care_closes_nothing() =>
        Assert.Null(PepClosing.Decide(new PepClosingFacts(Born, Date("2026-06-03"), Date("2026-06-03"), "X1")));

    [Fact]
    public void A_placement_in_another_authoritys_area_closes_nothing() =>
        Assert.Null(PepClosing.Decide(new PepClosingFacts(Born, Date("2026-06-03"), PlacedOutOfArea: true)));

    [Fact]
    public void An_end_of_care_after_the_day_asked_about_has_not_happened_yet() =>
        Assert.Null(PepClosing.Decide(new PepClosingFacts(Born, Date("2026-06-02"), Date("2026-06-03"), "E4A")));

    [Fact]
    public void An_end_of_care_without_a_reason_is_refused() =>
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepClosing.Decide(new PepClosingFacts(Born, Date("2026-06-03"), Date("2026-06-03"), " ")));

    [Theory]
    [InlineData("2008-08-31", "2026-08-31", null)]         // 18 on 31 Aug 2026: still in Year 13 that day
    [InlineData("2008-08-31", "2026-09-01", "2026-09-01")]
    [InlineData("2008-09-01", "2026-09-01", null)]         // 18 on 1 Sep 2026: Year 13 runs to 31 Aug 2027
    [InlineData("2008-09-01", "2027-08-31", null)]
    [InlineData("2008-09-01", "2027-09-01", "2027-09-01")]
    [InlineData("2008-09-01", "2027-10-15", "2027-09-01")] // a sweep that runs late closes from the 1 September
    public void Passing_the_end_of_year_13_closes_on_the_1_september_after_it(string born, string on, string? closedOn)
    {
        var decision = PepClosing.Decide(new PepClosingFacts(Date(born), Date(on)));

        Assert.Equal(closedOn is null ? null : new PepCloseDecision(PepCloseReason.PastEndOfYear13, Date(closedOn)), decision);
    }

    [Theory]
    [InlineData("2026-08-20", PepCloseReason.LeftCare, "2026-08-20")]        // left care in the summer holiday of Year 13
    [InlineData("2026-09-01", PepCloseReason.LeftCare, "2026-09-01")]        // the same day: care ended wins
    [InlineData("2026-09-15", PepCloseReason.PastEndOfYear13, "2026-09-01")] // stayed put past 18, then left
    public void When_both_apply_the_earlier_wins(string careEnded, PepCloseReason reason, string closedOn)
    {
        var decision = PepClosing.Decide(new PepClosingFacts(Date("2008-08-31"), Date("2026-09-20"), Date(careEnded), "E17"));

        Assert.Equal(reason, decision!.Reason);
        Assert.Equal(Date(closedOn), decision.ClosedOn);
    }
}
