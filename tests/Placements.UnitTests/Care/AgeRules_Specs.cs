using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Care;

/// <summary>What the child's age allows of a legal status, a placement and the reason care ended, each on the birthday and the day before.</summary>
public sealed class AgeRules_Specs
{
    [Theory]
    [InlineData("J1")]
    [InlineData("J2")]
    [InlineData("J3")]
    public void A_child_under_10_is_not_remanded_or_detained(string legalStatus)
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => ChildBorn("2015-06-15").EnterCare(Date("2025-06-14"), legalStatus, "N1", Foster()));
        var on10thBirthday = ChildBorn("2015-06-15").EnterCare(Date("2025-06-15"), legalStatus, "N1", Foster());

        Assert.Equal($"A child under 10 cannot be remanded or detained ({legalStatus}); the child is 9 on 2025-06-14 (rule 358).", refusal.Message);
        Assert.Equal(legalStatus, on10thBirthday.FirstEpisode.LegalStatus);
    }

    [Fact]
    public void A_legal_status_change_to_remand_is_held_to_the_same_age()
    {
        var history = LookedAfterSince("2024-01-10", dateOfBirth: "2015-06-15");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangeLegalStatus(Date("2025-06-14"), "J1"));

        Assert.EndsWith("(rule 358).", refusal.Message);
        Assert.Equal("J1", history.ChangeLegalStatus(Date("2025-06-15"), "J1").Started.LegalStatus);
    }

    [Theory]
    [InlineData("K3", 16, "371")]
    [InlineData("R5", 10, "372")]
    [InlineData("S1", 4, "373")]
    [InlineData("P3", 14, "374")]
    public void Some_placements_need_the_child_to_have_reached_an_age(string type, int age, string rule)
    {
        var born = Date("2010-02-28").AddYears(-age + 16);
        var birthday = born.AddYears(age);
        var placement = new Placement(type, "PR4", type is "K3" or "S1" ? "SC111111" : null, "DE1 2AA", Derby);
        var history = ChildBorn(born.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        history.EnterCare(birthday.AddDays(-30), "C2", "N1", Foster());

        var refusal = Assert.Throws<CareRuleViolation>(() => history.ChangePlacement(birthday.AddDays(-1), placement, "CARPL"));
        var moved = history.ChangePlacement(birthday, placement, "CARPL");

        Assert.EndsWith($"is at least {age}; the child is {age - 1} on {birthday.AddDays(-1):yyyy-MM-dd} (rule {rule}).", refusal.Message);
        Assert.Equal(type, moved.Started.Placement.Type);
    }

    [Theory]
    [InlineData("E11")]
    [InlineData("E12")]
    public void Adoption_ends_care_before_the_18th_birthday(string reasonCeased)
    {
        var history = LookedAfterSince("2020-05-12", dateOfBirth: "2008-02-29", placement: PlacedForAdoption(), legalStatus: "E1");

        // The 18th birthday of a leap-day child is 28 Feb 2026.
        var refusal = Assert.Throws<CareRuleViolation>(() => Clone(history).EndCare(Date("2026-02-28"), reasonCeased));
        var ended = history.EndCare(Date("2026-02-27"), reasonCeased);

        Assert.Equal($"{reasonCeased} (adopted) is for a child under 18; the young person is 18 on 2026-02-28 (rule 386).", refusal.Message);
        Assert.Equal(reasonCeased, ended.ReasonCeased);
    }

    [Theory]
    [InlineData("E5")]
    [InlineData("E6")]
    public void Moving_into_independent_living_needs_the_child_to_be_14(string reasonCeased)
    {
        var history = LookedAfterSince("2020-05-12", dateOfBirth: "2012-03-31");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2026-03-30"), reasonCeased));
        var ended = history.EndCare(Date("2026-03-31"), reasonCeased);

        Assert.Equal($"{reasonCeased} (moved into independent living) needs the child to be 14 or over; they are 13 on 2026-03-30 (rule 387).", refusal.Message);
        Assert.Equal(reasonCeased, ended.ReasonCeased);
    }

    [Theory]
    [InlineData("E45")]
    [InlineData("E46")]
    [InlineData("E47")]
    [InlineData("E48")]
    public void A_special_guardianship_order_ends_care_by_the_18th_birthday(string reasonCeased)
    {
        var history = LookedAfterSince("2020-05-12", dateOfBirth: "2008-03-30");

        var refusal = Assert.Throws<CareRuleViolation>(() => Clone(history).EndCare(Date("2026-03-31"), reasonCeased));
        var ended = history.EndCare(Date("2026-03-30"), reasonCeased);

        Assert.Equal($"{reasonCeased} (special guardianship order) is for a child under 18; the young person is 18 on 2026-03-31 (rule 407).", refusal.Message);
        Assert.Equal(reasonCeased, ended.ReasonCeased);
    }

    [Theory]
    [InlineData("E45")]
    [InlineData("E46")]
    public void A_special_guardianship_order_to_former_foster_carers_ends_a_foster_placement(string reasonCeased)
    {
        var history = LookedAfterSince("2020-05-12", placement: ChildrensHome());

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2026-03-30"), reasonCeased));

        Assert.Equal(
            $"{reasonCeased} is a special guardianship order to the child's former foster carers, so the child's last placement is foster care (U1–U6), not K2 (rule 516).",
            refusal.Message);
        Assert.Equal("E47", history.EndCare(Date("2026-03-30"), "E47").ReasonCeased);
    }

    private static CareHistory Clone(CareHistory history) => CareHistory.Replay(history.DateOfBirth, history.OurAuthorityCode, history.Periods.Select(p => p.Episodes));

    [Theory]
    [InlineData("E2", "The child's care ended with their death (E2); no further period of care can be recorded (rule 437).")]
    [InlineData("E15", "An age assessment found the young person to be 18 or over (E15); no further period of care can be recorded for them (rule 437).")]
    [InlineData("E11", "The child was adopted from care (E11, E12): if they come back into care, record them as a new child under their adoptive identity (rule 199).")]
    public void Some_ends_of_care_are_final(string reasonCeased, string message)
    {
        var history = LookedAfterSince("2020-05-12", placement: reasonCeased == "E11" ? PlacedForAdoption() : null);
        history.EndCare(Date("2025-03-30"), reasonCeased);

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EnterCare(Date("2025-06-01"), "C2", "N1", Foster()));

        Assert.Equal(message, refusal.Message);
    }

    [Fact]
    public void A_child_who_went_home_can_come_back_into_care()
    {
        var history = LookedAfterSince("2020-05-12");
        history.EndCare(Date("2025-03-30"), "E4A");

        Assert.Equal(Date("2025-06-01"), history.EnterCare(Date("2025-06-01"), "C2", "N1", Foster()).Date);
    }

    [Fact]
    public void Adoption_ends_a_placement_for_adoption()
    {
        var history = LookedAfterSince("2020-05-12");

        var refusal = Assert.Throws<CareRuleViolation>(() => history.EndCare(Date("2025-03-30"), "E12"));

        Assert.Equal("E12 (adopted) ends a placement for adoption (A3–A6), not U6: record the placement for adoption first (rule 390).", refusal.Message);
    }
}
