using CorporateParenting.Reporting;
using LeavingCare.Domain;
using LeavingCare.Domain.InTouch;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.InTouch;

/// <summary>docs/leaving-care.md §7.3: the row returned for a young person in the cohort, and what it still lacks.</summary>
public sealed class Oc3Reporting_Specs
{
    private static readonly CollectionYear Year2025To26 = Year("2025-26");
    private static readonly ContactWindowOptions Window = new(); // 15 Mar to 15 Jul 2025 around each birthday below

    /// <summary>18 on 15 Jun 2025, out of care since 16.</summary>
    private static readonly Oc3CohortDecision FormerRelevant = Oc3Cohort.For(History("2007-06-15", Episode("2021-01-01..2024-09-01")), Year2025To26);

    /// <summary>17 on 15 Jun 2025, out of care since 1 Mar 2025.</summary>
    private static readonly Oc3CohortDecision Relevant = Oc3Cohort.For(History("2008-06-15", Episode("2022-01-01..2025-03-01")), Year2025To26);

    /// <summary>22 on 15 Jun 2025, out of care since the 18th birthday.</summary>
    private static readonly Oc3CohortDecision Aged22 = Oc3Cohort.For(History("2003-06-15", Episode("2017-07-01..2021-06-15")), Year2025To26);

    private static InTouchRecords Records(Oc3Contact[] contacts, string? accommodation = "D1", string? activity = "F2", bool askedForSupport = false) => new(
        contacts,
        accommodation is null ? [] : [new EffectiveCode(Date("2024-09-01"), accommodation)],
        activity is null ? [] : [new EffectiveCode(Date("2024-09-01"), activity)],
        askedForSupport);

    private static Oc3Contact Contact(string on, string inTouch) => new(Date(on), inTouch);

    [Fact]
    public void In_touch_with_accommodation_and_activity_known_gives_a_complete_row()
    {
        var report = Oc3Reporting.For(FormerRelevant, Records([Contact("2025-05-01", "YES")]), Window);

        Assert.Equal(new Oc3Row("YES", "F2", "D1"), report.Row);
        Assert.True(report.IsComplete);
    }

    [Theory]
    [InlineData("2025-03-14", null)]
    [InlineData("2025-03-15", "YES")] // the window's first day
    [InlineData("2025-07-15", "YES")] // its last day
    [InlineData("2025-07-16", null)]
    public void Only_a_contact_in_the_window_counts(string on, string? inTouch)
    {
        var report = Oc3Reporting.For(FormerRelevant, Records([Contact(on, "YES")]), Window);

        Assert.Equal((inTouch, inTouch is null), (report.Row.InTouch, report.Gaps.Contains(Oc3Gap.NoContactInWindow)));
    }

    [Fact]
    public void With_no_contact_in_the_window_the_known_codes_are_shown_and_the_contact_is_missing()
    {
        var report = Oc3Reporting.For(FormerRelevant, Records([Contact("2025-01-10", "YES")]), Window);

        Assert.Equal(new Oc3Row(null, "F2", "D1"), report.Row);
        Assert.Equal([Oc3Gap.NoContactInWindow], report.Gaps);
    }

    [Fact]
    public void Any_contact_in_the_window_that_found_them_in_touch_makes_them_in_touch() =>
        Assert.Equal("YES", Oc3Reporting.For(FormerRelevant, Records([Contact("2025-03-20", "YES"), Contact("2025-06-15", "NO")]), Window).Row.InTouch);

    [Theory]
    [InlineData("2025-06-10", "2025-06-25", "REFU")] // 5 days before is nearer than 10 after
    [InlineData("2025-06-10", "2025-06-20", "NREQ")] // 5 days either side: the later
    public void Otherwise_the_contact_nearest_the_birthday_gives_the_code(string refused, string noLongerRequires, string expected) =>
        Assert.Equal(expected, Oc3Reporting.For(FormerRelevant, Records([Contact(refused, "REFU"), Contact(noLongerRequires, "NREQ")]), Window).Row.InTouch);

    [Fact]
    public void A_death_recorded_before_the_window_makes_the_row_died_with_activity_and_accommodation_0()
    {
        var report = Oc3Reporting.For(FormerRelevant, Records([Contact("2024-12-01", "DIED")]), Window);

        Assert.Equal(new Oc3Row("DIED", "0", "0"), report.Row);
        Assert.True(report.IsComplete);
    }

    [Fact]
    public void A_death_recorded_after_the_window_is_not_this_birthdays() =>
        Assert.Equal("YES", Oc3Reporting.For(FormerRelevant, Records([Contact("2025-05-01", "YES"), Contact("2025-07-16", "DIED")]), Window).Row.InTouch);

    [Theory]
    [InlineData("NO")]
    [InlineData("REFU")]
    [InlineData("NREQ")]
    [InlineData("RHOM")]
    public void Not_in_touch_gives_activity_and_accommodation_0_whatever_was_recorded(string inTouch)
    {
        var report = Oc3Reporting.For(FormerRelevant, Records([Contact("2025-06-01", inTouch)], accommodation: null), Window);

        Assert.Equal((new Oc3Row(inTouch, "0", "0"), true), (report.Row, report.IsComplete));
    }

    [Fact]
    public void In_touch_with_nothing_recorded_leaves_accommodation_and_activity_missing()
    {
        var report = Oc3Reporting.For(FormerRelevant, Records([Contact("2025-06-01", "YES")], accommodation: null, activity: null), Window);

        Assert.Equal(new Oc3Row("YES", null, null), report.Row);
        Assert.Equal([Oc3Gap.NoActivityAtBirthday, Oc3Gap.NoAccommodationAtBirthday], report.Gaps);
        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData("2025-06-15", "U1")] // recorded on the birthday: in effect
    [InlineData("2025-06-16", "D1")] // the day after: the earlier record still speaks for the birthday
    public void The_codes_are_those_in_effect_on_the_birthday(string movedOn, string expected)
    {
        var records = new InTouchRecords([Contact("2025-06-01", "YES")],
            [new EffectiveCode(Date("2024-09-01"), "D1"), new EffectiveCode(Date(movedOn), "U1")], [new EffectiveCode(Date("2024-09-01"), "F2")]);

        Assert.Equal(expected, Oc3Reporting.For(FormerRelevant, records, Window).Row.Accommodation);
    }

    [Fact]
    public void Accommodation_recorded_only_after_the_birthday_is_missing()
    {
        var records = new InTouchRecords([Contact("2025-06-01", "YES")], [new EffectiveCode(Date("2025-06-16"), "U1")], [new EffectiveCode(Date("2024-09-01"), "F2")]);

        Assert.Equal([Oc3Gap.NoAccommodationAtBirthday], Oc3Reporting.For(FormerRelevant, records, Window).Gaps);
    }

    [Fact]
    public void Former_foster_carers_at_the_17th_birthday_are_reported_under_rule_3001()
    {
        var report = Oc3Reporting.For(Relevant, Records([Contact("2025-06-01", "YES")], accommodation: "Z1"), Window);

        Assert.Equal((new Oc3Row("YES", "F2", "Z1"), "3001"), (report.Row, Assert.Single(report.Findings).Rule));
    }

    [Fact]
    public void Ages_22_to_25_give_whether_in_touch_only_unless_they_asked_for_support() =>
        Assert.Equal(new Oc3Row("YES", null, null), Oc3Reporting.For(Aged22, Records([Contact("2025-06-01", "YES")]), Window).Row);

    [Fact]
    public void Ages_22_to_25_who_asked_for_support_give_their_accommodation_too()
    {
        var report = Oc3Reporting.For(Aged22, Records([Contact("2025-06-01", "YES")], askedForSupport: true), Window);

        Assert.Equal((new Oc3Row("YES", null, "D1"), true), (report.Row, report.IsComplete));
    }

    [Fact]
    public void Ages_22_to_25_who_asked_for_support_miss_only_the_accommodation() =>
        Assert.Equal([Oc3Gap.NoAccommodationAtBirthday],
            Oc3Reporting.For(Aged22, Records([Contact("2025-06-01", "YES")], accommodation: null, activity: null, askedForSupport: true), Window).Gaps);

    [Fact]
    public void A_young_person_with_no_record_this_year_is_refused_with_the_reason()
    {
        var stillInCare = Oc3Cohort.For(History("2008-06-01", Episode("2022-01-01..")), Year2025To26);

        Assert.Equal("No care leaver record in 2025-26: Still looked after on the 17th birthday, 1 Jun 2025: no care leaver information for a 17- or 18-year-old still looked after on the birthday (rule 1007).",
            Assert.Throws<LeavingCareRuleViolation>(() => Oc3Reporting.For(stillInCare, Records([]), Window)).Message);
    }

    [Theory]
    [InlineData("Y", "D1", "F2", "'Y' is not an IN_TOUCH code")]
    [InlineData("YES", "S1", "F2", "'S1' is not an ACCOM code: no fixed abode or homeless (S) can only be coded not suitable, S2 (rule 133).")]
    [InlineData("YES", "D1", "F3", "'F3' is obsolete")]
    [InlineData("YES", "0", "F2", "ACCOM 0 (from 1 Sep 2024) only stands in the return for a young person not in touch; record the accommodation itself.")]
    [InlineData("YES", "D1", "0", "ACTIV 0 (from 1 Sep 2024) only stands in the return for a young person not in touch; record the activity itself.")]
    public void A_recorded_code_that_is_not_an_oc3_code_or_is_0_is_refused(string inTouch, string accommodation, string activity, string message) =>
        Assert.StartsWith(message, Assert.Throws<LeavingCareRuleViolation>(
            () => Oc3Reporting.For(FormerRelevant, Records([Contact("2025-06-01", inTouch)], accommodation, activity), Window)).Message);

    [Fact]
    public void A_refused_window_setting_stops_the_report() =>
        Assert.Throws<LeavingCareRuleViolation>(() => Oc3Reporting.For(FormerRelevant, Records([]), new ContactWindowOptions { MonthsBefore = -3 }));

    [Fact]
    public void A_wider_window_takes_in_an_earlier_contact()
    {
        var records = Records([Contact("2025-01-15", "YES")]);

        Assert.Null(Oc3Reporting.For(FormerRelevant, records, Window).Row.InTouch);
        Assert.Equal("YES", Oc3Reporting.For(FormerRelevant, records, new ContactWindowOptions { MonthsBefore = 5 }).Row.InTouch);
    }
}
