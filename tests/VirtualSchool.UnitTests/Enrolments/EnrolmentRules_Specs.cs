using VirtualSchool.Domain;
using VirtualSchool.Domain.Enrolments;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Enrolments;

public sealed class EnrolmentRules_Specs
{
    private static readonly DateOnly Born = Date("2015-03-15");

    private static Enrolment At(string urn, string starts, string? ends = null, Registration registration = Registration.Single) =>
        new(Guid.NewGuid(), urn, Date(starts), ends is null ? null : Date(ends), registration);

    [Fact]
    public void A_second_school_while_the_first_is_open_is_refused_naming_the_first()
    {
        var ash = At("100001", "2025-09-03");

        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => EnrolmentRules.Check([ash], At("100002", "2026-01-05"), Born));

        Assert.StartsWith("One school at a time: the pupil is on the roll of URN 100001 (single from 2025-09-03, still open)", refused.Message);
    }

    [Theory]
    [InlineData("2026-01-04", true)]  // ends the day before: no overlap
    [InlineData("2026-01-05", false)] // ends the day the next starts: both on roll that day
    public void Consecutive_schools_may_not_share_a_day(string firstEnds, bool allowed)
    {
        var ash = At("100001", "2025-09-03", firstEnds);
        var birch = At("100002", "2026-01-05");

        var refused = Record.Exception(() => EnrolmentRules.Check([ash], birch, Born));

        Assert.Equal(allowed, refused is null);
    }

    [Fact]
    public void A_subsidiary_needs_a_dual_main_enrolment_at_another_provision_for_its_whole_time()
    {
        var main = At("100001", "2025-09-03", registration: Registration.DualMain);
        var single = At("100001", "2025-09-03");

        EnrolmentRules.Check([main], At("1000003", "2025-10-01", "2025-12-19", Registration.DualSubsidiary), Born);
        Assert.Throws<VirtualSchoolRuleViolation>(() => EnrolmentRules.Check([single], At("1000003", "2025-10-01", registration: Registration.DualSubsidiary), Born));
        Assert.Throws<VirtualSchoolRuleViolation>(() => EnrolmentRules.Check([main], At("100001", "2025-10-01", registration: Registration.DualSubsidiary), Born));
        Assert.Throws<VirtualSchoolRuleViolation>(() => EnrolmentRules.Check([main], At("1000003", "2025-09-01", registration: Registration.DualSubsidiary), Born));
    }

    [Fact]
    public void Ending_the_main_enrolment_before_its_subsidiary_is_refused()
    {
        var main = At("100001", "2025-09-03", registration: Registration.DualMain);
        var subsidiary = At("1000003", "2025-10-01", registration: Registration.DualSubsidiary);

        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => EnrolmentRules.Check([main, subsidiary], main with { EndsOn = Date("2025-12-19") }, Born));

        Assert.Contains("URN 1000003", refused.Message);
    }

    [Fact]
    public void An_enrolment_before_the_date_of_birth_is_refused() =>
        Assert.Throws<VirtualSchoolRuleViolation>(() => EnrolmentRules.Check([], At("100001", "2015-03-14"), Born));

    [Fact]
    public void The_first_school_is_a_change_of_school_from_none()
    {
        var ash = At("100001", "2025-09-03");

        Assert.Equal(new SchoolChange(null, "100001", Date("2025-09-03")), EnrolmentRules.ChangeOfSchool([], ash));
    }

    [Fact]
    public void A_later_school_elsewhere_is_a_change_an_earlier_one_or_the_same_school_again_or_a_subsidiary_is_not()
    {
        var ash = At("100001", "2025-09-03", "2025-12-19");
        var birch = At("100002", "2026-01-05");

        Assert.Equal(new SchoolChange("100001", "100002", Date("2026-01-05")), EnrolmentRules.ChangeOfSchool([ash], birch));
        Assert.Null(EnrolmentRules.ChangeOfSchool([birch], ash)); // history recorded after the present
        Assert.Null(EnrolmentRules.ChangeOfSchool([ash], At("100001", "2026-01-05"))); // back on the same roll
        Assert.Null(EnrolmentRules.ChangeOfSchool([ash], At("1000003", "2025-10-01", registration: Registration.DualSubsidiary)));
    }
}
