using LeavingCare.Domain;
using LeavingCare.Domain.InTouch;

namespace LeavingCare.UnitTests.InTouch;

/// <summary>docs/ssda903.md §2 "OC3: care leavers" and docs/leaving-care.md §7.1–7.2: the code lists and what they mean.</summary>
public sealed class Oc3Codes_Specs
{
    [Theory]
    [InlineData("YES")]
    [InlineData("NO")]
    [InlineData("DIED")]
    [InlineData("REFU")]
    [InlineData("NREQ")]
    [InlineData("RHOM")]
    public void Every_in_touch_code_is_accepted(string code) => Assert.Equal(code, Oc3Codes.RequireInTouch(code));

    [Theory]
    [InlineData("yes")]
    [InlineData("Y")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_not_an_in_touch_code_and_the_message_lists_the_codes(string? code) =>
        Assert.Equal($"'{code}' is not an IN_TOUCH code: use YES, NO, DIED, REFU (refuses contact), NREQ (no longer requires services) or RHOM (returned home for 6 months or more).",
            Assert.Throws<LeavingCareRuleViolation>(() => Oc3Codes.RequireInTouch(code)).Message);

    [Theory]
    [InlineData("F1", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("P1", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("F2", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("P2", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("F4", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("P4", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("F5", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("P5", ActivityGroup.InEducationEmploymentOrTraining)]
    [InlineData("G4", ActivityGroup.NotInEducationEmploymentOrTraining)]
    [InlineData("G5", ActivityGroup.NotInEducationEmploymentOrTraining)]
    [InlineData("G6", ActivityGroup.NotInEducationEmploymentOrTraining)]
    [InlineData("0", ActivityGroup.NotKnown)]
    public void Any_f_or_p_activity_is_in_eet_and_g4_to_g6_are_neet(string code, ActivityGroup expected) =>
        Assert.Equal(expected, Oc3Codes.GroupOf(code));

    [Fact]
    public void The_activity_list_has_the_eight_eet_codes_the_three_neet_codes_and_0() =>
        Assert.Equal(12, Oc3Codes.Activity.Count);

    [Theory]
    [InlineData("F3")]
    [InlineData("P3")]
    public void F3_and_p3_are_refused_as_obsolete(string code) =>
        Assert.Equal($"'{code}' is obsolete: F3 and P3 are no longer ACTIV codes.",
            Assert.Throws<LeavingCareRuleViolation>(() => Oc3Codes.GroupOf(code)).Message);

    [Theory]
    [InlineData("G3")]
    [InlineData("f1")]
    [InlineData("F")]
    public void Other_activities_are_refused_with_the_list(string code) =>
        Assert.StartsWith($"'{code}' is not an ACTIV code: use F1, F2, F4 or F5", Oc3Codes.ProblemWithActivity(code));

    [Fact]
    public void The_accommodation_list_is_the_validators_rule_133_list_exactly() =>
        Assert.Equal(
            new[] { "0", "B1", "B2", "C1", "C2", "D1", "D2", "E1", "E2", "G1", "G2", "H1", "H2", "K1", "K2", "R1", "R2", "S2", "T1", "T2", "U1", "U2", "V1", "V2", "W1", "W2", "X2", "Y1", "Y2", "Z1", "Z2" },
            Oc3Codes.Accommodation.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("B1", true)]
    [InlineData("B2", false)]
    [InlineData("Z1", true)]
    [InlineData("S2", false)]
    [InlineData("X2", false)]
    [InlineData("0", null)]
    public void The_accommodation_digit_is_its_suitability(string code, bool? suitable) =>
        Assert.Equal(suitable, Oc3Codes.IsSuitable(code));

    [Theory]
    [InlineData("S1", "'S1' is not an ACCOM code: no fixed abode or homeless (S) can only be coded not suitable, S2 (rule 133).")]
    [InlineData("X1", "'X1' is not an ACCOM code: in custody (X) can only be coded not suitable, X2 (rule 133).")]
    [InlineData("B3", "'B3' is not an ACCOM code: the suitability digit after B is 1 (suitable) or 2 (not suitable).")]
    [InlineData("Q1", "'Q1' is not an ACCOM code: Q is not a type of accommodation; the types are B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y, Z.")]
    [InlineData("B", "'B' is not an ACCOM code: give the accommodation letter and a suitability digit, 1 suitable or 2 not suitable (B1, S2), or 0.")]
    [InlineData("B12", "'B12' is not an ACCOM code: give the accommodation letter and a suitability digit, 1 suitable or 2 not suitable (B1, S2), or 0.")]
    [InlineData("b1", "'b1' is not an ACCOM code: b is not a type of accommodation; the types are B, C, D, E, G, H, K, R, S, T, U, V, W, X, Y, Z.")]
    public void A_wrong_accommodation_code_is_refused_naming_what_is_wrong(string code, string message) =>
        Assert.Equal(message, Assert.Throws<LeavingCareRuleViolation>(() => Oc3Codes.IsSuitable(code)).Message);
}
