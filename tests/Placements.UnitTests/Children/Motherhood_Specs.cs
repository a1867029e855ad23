using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Children;

public sealed class Motherhood_Specs
{
    private static void Check(string sex, string dateOfBirth, string? mother, string? firstChildBornOn) =>
        Motherhood.FromCodes(mother, firstChildBornOn is null ? null : Date(firstChildBornOn)).Check(sex, Date(dateOfBirth), Today);

    private static string Refusal(string sex, string dateOfBirth, string? mother, string? firstChildBornOn) =>
        Assert.Throws<CareRuleViolation>(() => Check(sex, dateOfBirth, mother, firstChildBornOn)).Message;

    [Theory]
    [InlineData("F", null, null)]
    [InlineData("F", "", null)]
    [InlineData("F", "0", null)]
    [InlineData("F", "1", "2025-11-03")]
    [InlineData("U", "0", null)]
    [InlineData("M", null, null)]
    public void A_girl_may_be_recorded_a_mother_or_not_or_not_yet_and_a_boy_not_at_all(string sex, string? mother, string? firstChildBornOn) =>
        Check(sex, "2009-05-14", mother, firstChildBornOn);

    [Theory]
    [InlineData("2")]
    [InlineData("Y")]
    [InlineData("yes")]
    public void Mother_is_1_or_0_or_blank(string mother)
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => Motherhood.FromCodes(mother, null));

        Assert.Equal($"MOTHER is 1 (the child is a mother), 0 (she is not) or blank (not recorded); '{mother}' is none of these (rule 165).", refusal.Message);
    }

    [Fact]
    public void The_codes_read_back_as_recorded()
    {
        Assert.Equal(("1", (bool?)true), (Motherhood.FromCodes("1", Date("2025-11-03")).MotherCode, Motherhood.FromCodes("1", Date("2025-11-03")).IsMother));
        Assert.Equal(("0", (bool?)false), (Motherhood.FromCodes("0", null).MotherCode, Motherhood.FromCodes("0", null).IsMother));
        Assert.Equal(Motherhood.NotRecorded, Motherhood.FromCodes("", null));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    public void A_boy_has_no_mother_status(string mother) =>
        Assert.Equal(
            $"MOTHER is recorded only for a girl; the child's sex is M, so it stays blank, not {mother} (rule 165).",
            Refusal("M", "2009-05-14", mother, null));

    [Fact]
    public void A_boy_has_no_first_childs_date_of_birth() =>
        Assert.Equal("MC_DOB 2025-11-03 cannot be recorded for a child whose sex is M (rule 174).", Refusal("M", "2009-05-14", "1", "2025-11-03"));

    [Fact]
    public void A_mother_needs_her_first_childs_date_of_birth() =>
        Assert.Equal(
            "A child recorded as a mother (MOTHER 1) needs MC_DOB, the date of birth of her first or only child (rule 611).",
            Refusal("F", "2009-05-14", "1", null));

    [Theory]
    [InlineData("0", "0")]
    [InlineData(null, "not recorded")]
    public void A_first_childs_date_of_birth_belongs_only_to_a_mother(string? mother, string shown) =>
        Assert.Equal(
            $"MC_DOB 2025-11-03 is recorded only for a mother, but MOTHER is {shown}; record MOTHER 1 or leave MC_DOB blank (rule 612).",
            Refusal("F", "2009-05-14", mother, "2025-11-03"));

    [Theory]
    [InlineData("2009-05-14")]
    [InlineData("2009-05-13")]
    public void The_first_child_is_born_after_the_mother(string firstChildBornOn) =>
        Assert.Equal(
            $"MC_DOB {firstChildBornOn} must be after the mother's own date of birth, 2009-05-14 (rule 621).",
            Refusal("F", "2009-05-14", "1", firstChildBornOn));

    [Fact]
    public void A_mother_may_be_11_on_the_day_her_child_is_born() => Check("F", "2009-05-14", "1", "2020-05-14");

    [Fact]
    public void A_mother_is_not_under_11_when_her_child_is_born() =>
        Assert.Equal(
            "A mother is at least 11 when her child is born: MC_DOB 2020-05-13 is before her 11th birthday, 2020-05-14 (rule 620).",
            Refusal("F", "2009-05-14", "1", "2020-05-13"));

    [Fact]
    public void A_mother_born_on_29_february_is_11_on_28_february_in_a_common_year()
    {
        Check("F", "2012-02-29", "1", "2023-02-28");

        Assert.Equal(
            "A mother is at least 11 when her child is born: MC_DOB 2023-02-27 is before her 11th birthday, 2023-02-28 (rule 620).",
            Refusal("F", "2012-02-29", "1", "2023-02-27"));
    }

    [Fact]
    public void The_first_child_may_be_born_today_but_not_later()
    {
        Check("F", "2009-05-14", "1", "2026-06-30");

        Assert.Equal(
            "MC_DOB 2026-07-01 is in the future; a child's date of birth is recorded once the child is born (rule 625).",
            Refusal("F", "2009-05-14", "1", "2026-07-01"));
    }

    [Fact]
    public void A_girl_whose_sex_is_not_known_is_held_to_the_same_rules_as_a_girl() =>
        Assert.Contains("(rule 612)", Refusal("U", "2009-05-14", "0", "2025-11-03"));

    [Theory]
    [InlineData("2026-03-31", null, "1", "2026-03-31")] // born on the last day of the year, still in care: a mother in it
    [InlineData("2026-04-01", null, "0", null)] // born after 31 March: not yet, in this year's return
    [InlineData("2026-01-10", "2026-01-10", "1", "2026-01-10")] // born on the day she left care
    [InlineData("2026-01-11", "2026-01-10", "0", null)] // born the day after: not a mother while looked after in the year
    public void The_return_gives_a_mother_whose_child_was_born_by_31_March_or_by_the_day_she_left_care(
        string firstChildBornOn, string? leftCareOn, string mother, string? mcDob)
    {
        var episodes = new[]
        {
            new Episode(Date("2025-05-01"), "S", "C2", "N1", ChildrensHome(), false, End: leftCareOn is null ? null : Date(leftCareOn), ReasonCeased: leftCareOn is null ? null : "E4A"),
        };

        var inReturn = new Motherhood(true, Date(firstChildBornOn)).InReturn(new CorporateParenting.Reporting.CollectionYear(2026), episodes);

        Assert.Equal((mother, mcDob is null ? (DateOnly?)null : Date(mcDob)), (inReturn.MotherCode, inReturn.FirstChildBornOn));
    }

    [Fact]
    public void A_care_leaver_not_looked_after_in_the_year_has_no_motherhood_in_its_return()
    {
        var inReturn = new Motherhood(false, null).InReturn(new CorporateParenting.Reporting.CollectionYear(2026), []);

        Assert.Equal(Motherhood.NotRecorded, inReturn);
    }
}
