using CorporateParenting.Reporting;
using LeavingCare.Domain.InTouch;
using LeavingCare.Domain.Status;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.InTouch;

/// <summary>docs/leaving-care.md §7.3, docs/ssda903.md §3 and §4.2: who gets a care leaver record, for which birthday, and why not.</summary>
public sealed class Oc3Cohort_Specs
{
    private static readonly CollectionYear Year2025To26 = Year("2025-26");

    /// <summary>Looked after from 14½ to 16½: relevant at 17, former relevant from 18, and out of care on every birthday after.</summary>
    private static CareHistory CareLeaver(string dateOfBirth)
    {
        var born = Date(dateOfBirth);
        return new CareHistory(born, [new CareEpisode(born.AddYears(14).AddMonths(6), born.AddYears(16).AddMonths(6), "C2", "E4A")]);
    }

    [Theory]
    [InlineData("2009-04-01", 16, Oc3Collection.None)]
    [InlineData("2009-03-31", 17, Oc3Collection.CareLeavers17To21)] // the 17th birthday on 31 March, the year's last day
    [InlineData("2008-04-01", 17, Oc3Collection.CareLeavers17To21)] // the 17th birthday on 1 April, its first day
    [InlineData("2004-04-01", 21, Oc3Collection.CareLeavers17To21)]
    [InlineData("2004-03-31", 22, Oc3Collection.InTouch22To25)]
    [InlineData("2000-04-01", 25, Oc3Collection.InTouch22To25)]
    [InlineData("2000-03-31", 26, Oc3Collection.None)]
    public void The_birthday_in_the_year_decides_the_part_of_the_return(string dateOfBirth, int age, Oc3Collection collection)
    {
        var decision = Oc3Cohort.For(CareLeaver(dateOfBirth), Year2025To26);

        Assert.Equal((age, collection, collection != Oc3Collection.None), (decision.Age, decision.Collection, decision.IsReported));
    }

    [Theory]
    [InlineData("2008-04-01", "2025-04-01")]
    [InlineData("2009-03-31", "2026-03-31")]
    [InlineData("2007-06-15", "2025-06-15")]
    public void The_birthday_is_the_one_that_falls_in_the_year(string dateOfBirth, string birthday) =>
        Assert.Equal(Date(birthday), Oc3Cohort.For(CareLeaver(dateOfBirth), Year2025To26).Birthday);

    [Fact]
    public void A_16th_birthday_on_1_april_is_refused_by_rule_391_and_the_next_year_has_the_17th()
    {
        var history = CareLeaver("2009-04-01");

        Assert.Equal(new Oc3Finding("391", "16th birthday in 2025-26: care leaver information is collected only for the 17th to 21st birthdays (rule 391), and whether in touch for the 22nd to 25th."),
            Oc3Cohort.For(history, Year2025To26).ExcludedBy);
        var next = Oc3Cohort.For(history, Year("2026-27"));
        Assert.Equal((Date("2026-04-01"), 17, true), (next.Birthday, next.Age, next.IsReported));
    }

    [Theory]
    [InlineData("2025-26", "2026-02-28", 18)] // a common year: the birthday falls on 28 February
    [InlineData("2027-28", "2028-02-29", 20)] // a leap year: on 29 February
    [InlineData("2028-29", "2029-02-28", 21)]
    public void A_29_february_birthday_falls_on_28_february_in_common_years(string year, string birthday, int age)
    {
        var decision = Oc3Cohort.For(CareLeaver("2008-02-29"), Year(year));

        Assert.Equal((Date(birthday), age, true), (decision.Birthday, decision.Age, decision.IsReported));
    }

    [Theory]
    [InlineData("2025-02-27", null)]   // left the day before the 17th birthday (28 Feb 2025): relevant, reported
    [InlineData("2025-02-28", "1016")] // left on the birthday: the validator's DEC >= birthday
    [InlineData("2025-03-01", "1007")] // looked after on the birthday
    [InlineData("", "1007")]           // still looked after
    public void A_leap_day_child_is_17_on_28_february_and_care_on_that_day_decides(string ended, string? rule)
    {
        var history = History("2008-02-29", Episode("2022-06-01.." + ended));

        Assert.Equal(rule, Oc3Cohort.For(history, Year("2024-25")).ExcludedBy?.Rule);
    }

    [Fact]
    public void Rule_1007_a_17_year_old_still_looked_after_on_the_birthday_has_no_record() =>
        Assert.Equal(new Oc3Finding("1007", "Still looked after on the 17th birthday, 1 Jun 2025: no care leaver information for a 17- or 18-year-old still looked after on the birthday (rule 1007)."),
            Oc3Cohort.For(History("2008-06-01", Episode("2022-01-01..")), Year2025To26).ExcludedBy);

    [Fact]
    public void Rule_1007_applies_to_the_18th_birthday_too() =>
        Assert.Equal("1007", Oc3Cohort.For(History("2007-06-01", Episode("2021-01-01..2025-06-02")), Year2025To26).ExcludedBy?.Rule);

    [Theory]
    [InlineData("2025-05-01..2025-06-01")] // back in care, and left on the 18th birthday itself
    [InlineData("2025-09-01..2025-12-01")] // back in care after the 18th birthday, and left again in the year
    [InlineData("2025-09-01..")]           // back in care after the birthday, still looked after
    [InlineData("2026-03-31..2026-05-01")] // back in care on the year's last day
    public void Rule_1016_an_18_year_old_looked_after_after_the_birthday_has_no_record(string span) =>
        Assert.Equal("1016", Oc3Cohort.For(History("2007-06-01", Episode("2021-01-01..2025-03-01"), Episode(span)), Year2025To26).ExcludedBy?.Rule);

    [Fact]
    public void Rule_1016_names_the_birthday_and_the_care_after_it() =>
        Assert.Equal(new Oc3Finding("1016", "Care ending on or after the 18th birthday, 1 Jun 2025 (care from 1 Jan 2021 ended 1 Jun 2025): no care leaver information for a 17- or 18-year-old who ceases to be looked after after the birthday (rule 1016)."),
            Oc3Cohort.For(History("2007-06-01", Episode("2021-01-01..2025-06-01")), Year2025To26).ExcludedBy);

    [Fact]
    public void Care_that_begins_after_the_year_does_not_count_against_it() =>
        Assert.True(Oc3Cohort.For(History("2007-06-01", Episode("2021-01-01..2025-03-01"), Episode("2026-04-01..")), Year2025To26).IsReported);

    [Theory]
    [InlineData("2006-06-01", 19)]
    [InlineData("2004-06-01", 21)]
    public void Rules_1007_and_1016_are_for_17_and_18_year_olds_only(string dateOfBirth, int age)
    {
        var decision = Oc3Cohort.For(History(dateOfBirth, Episode("2020-06-01..2022-06-01"), Episode("2025-05-01..", "V2")), Year2025To26);

        Assert.Equal((age, true), (decision.Age, decision.IsReported));
    }

    [Fact]
    public void Rule_1000_a_young_person_who_died_in_care_has_no_record() =>
        Assert.Equal(new Oc3Finding("1000", "Died in care (the episode ending 3 Mar 2024 ended E2): no care leaver information (rule 1000)."),
            Oc3Cohort.For(History("2006-06-01", Episode("2020-01-01..2024-03-03", reasonEnded: "E2")), Year2025To26).ExcludedBy);

    [Fact]
    public void Rule_1011_care_transferred_to_another_authority_in_the_last_episode_has_no_record() =>
        Assert.Equal(new Oc3Finding("1011", "Care was transferred to another local authority on 1 Jan 2024 (the last episode ended E3): that authority returns the care leaver information (rule 1011)."),
            Oc3Cohort.For(History("2006-06-01", Episode("2020-01-01..2024-01-01", reasonEnded: "E3")), Year2025To26).ExcludedBy);

    [Fact]
    public void Rule_1011_looks_only_at_the_last_episode() =>
        Assert.True(Oc3Cohort.For(History("2006-06-01", Episode("2020-01-01..2021-01-01", reasonEnded: "E3"), Episode("2022-01-01..2024-01-01")), Year2025To26).IsReported);

    [Fact]
    public void Rule_1001_short_of_the_13_weeks_on_the_birthday_has_no_record_and_the_message_gives_the_totals() =>
        Assert.Equal(new Oc3Finding("1001", "Not a relevant or former relevant young person on the 18th birthday, 1 Jun 2025: 80 days looked after since the 14th birthday (91 needed) and 80 since the 16th (1 needed) (rule 1001)."),
            Oc3Cohort.For(History("2007-06-01", Episode("2024-01-01..2024-03-21")), Year2025To26).ExcludedBy);

    [Fact]
    public void Rule_1001_an_adopted_young_person_has_no_record() =>
        Assert.Equal("Not a relevant or former relevant young person on the 20th birthday, 1 Jun 2025: the latest episode ended in adoption (E11 or E12) (rule 1001).",
            Oc3Cohort.For(History("2005-06-01", Episode("2019-06-01..2022-01-01", reasonEnded: "E12")), Year2025To26).ExcludedBy?.Message);

    [Fact]
    public void Rule_1001_applies_to_the_22_to_25_collection_too()
    {
        var decision = Oc3Cohort.For(History("2003-06-01", Episode("2019-01-01..2019-02-01")), Year2025To26);

        Assert.Equal((Oc3Collection.InTouch22To25, "1001"), (decision.Collection, decision.ExcludedBy?.Rule));
    }

    [Fact]
    public void A_recorded_determination_stands_for_the_13_weeks()
    {
        var detained = History("2007-06-01", Episode("2022-09-01..2023-05-20"));
        var determination = new ManualDetermination("In a secure hospital on the 16th birthday", "pa@example", Date("2024-07-01"));

        Assert.Equal("1001", Oc3Cohort.For(detained, Year2025To26).ExcludedBy?.Rule);
        Assert.True(Oc3Cohort.For(detained, Year2025To26, determination).IsReported);
    }

    [Fact]
    public void Death_in_care_is_named_before_being_looked_after_on_the_birthday() =>
        Assert.Equal("1000", Oc3Cohort.For(History("2008-06-01", Episode("2022-01-01..2025-06-10", reasonEnded: "E2")), Year2025To26).ExcludedBy?.Rule);

    [Fact]
    public void Being_looked_after_on_the_birthday_is_named_before_the_13_weeks() =>
        Assert.Equal("1007", Oc3Cohort.For(History("2008-06-01", Episode("2025-05-20..")), Year2025To26).ExcludedBy?.Rule);

    [Fact]
    public void A_year_before_the_young_person_was_born_is_a_mistake() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Oc3Cohort.For(CareLeaver("2026-04-01"), Year2025To26));
}
