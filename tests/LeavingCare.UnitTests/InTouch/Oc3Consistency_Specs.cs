using LeavingCare.Domain.InTouch;

namespace LeavingCare.UnitTests.InTouch;

/// <summary>docs/leaving-care.md §7.3 and §6: rules 344, 345 and 3001 between IN_TOUCH, ACTIV and ACCOM.</summary>
public sealed class Oc3Consistency_Specs
{
    [Theory]
    [InlineData("DIED", "0", "0", false)]
    [InlineData("RHOM", "0", "0", false)]
    [InlineData("DIED", "F1", "0", true)]
    [InlineData("DIED", "0", "B1", true)]
    [InlineData("RHOM", "G5", "B2", true)]
    [InlineData("RHOM", null, null, false)] // not given: a gap, not a breach
    [InlineData("NO", "F1", "B1", false)]
    public void Rule_344_died_or_returned_home_needs_activity_and_accommodation_0(string inTouch, string? activity, string? accommodation, bool breaks) =>
        Assert.Equal(breaks, Oc3Consistency.Rule344(new Oc3Row(inTouch, activity, accommodation)) is { Rule: "344" });

    [Fact]
    public void Rule_344_says_what_was_given() =>
        Assert.Equal("IN_TOUCH is RHOM (returned home for 6 months or more), so ACTIV and ACCOM must be 0; they are G5 and blank (rule 344).",
            Oc3Consistency.Rule344(new Oc3Row("RHOM", "G5", null))?.Message);

    [Theory]
    [InlineData("YES", "0", "B1", true)]
    [InlineData("YES", "F1", "0", true)]
    [InlineData("YES", "0", "0", true)]
    [InlineData("YES", "F1", "B1", false)]
    [InlineData("YES", null, "B1", false)]
    [InlineData("NO", "0", "0", false)]
    public void Rule_345_in_touch_forbids_activity_or_accommodation_0(string inTouch, string? activity, string? accommodation, bool breaks) =>
        Assert.Equal(breaks, Oc3Consistency.Rule345(new Oc3Row(inTouch, activity, accommodation)) is { Rule: "345" });

    [Theory]
    [InlineData(17, "Z1", true)]
    [InlineData(17, "Z2", true)]
    [InlineData(17, "B1", false)]
    [InlineData(18, "Z1", false)]
    [InlineData(19, "Z2", false)]
    public void Rule_3001_former_foster_carers_are_not_allowed_at_the_17th_birthday(int age, string accommodation, bool breaks) =>
        Assert.Equal(breaks, Oc3Consistency.Rule3001(new Oc3Row("YES", "F2", accommodation), age) is { Rule: "3001" });

    [Fact]
    public void Check_runs_every_rule_and_lists_the_breaches_in_rule_order_each_naming_the_field_to_put_right() =>
        Assert.Equal([("345", "ACTIV"), ("3001", "ACCOM")], Oc3Consistency.Check(new Oc3Row("YES", "0", "Z1"), 17).Select(f => (f.Rule, f.Field)));

    [Fact]
    public void A_consistent_record_has_no_findings() =>
        Assert.Empty(Oc3Consistency.Check(new Oc3Row("YES", "P5", "U1"), 19));
}
