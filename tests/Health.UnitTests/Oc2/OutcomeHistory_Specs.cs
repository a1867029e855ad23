using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Oc2;

public sealed class OutcomeHistory_Specs
{
    private static OutcomeEvent Fact(OutcomeEventKind kind, string on, SdqReason? reason = null) => new(kind, Date(on), reason);

    private static void Check(string dateOfBirth, params OutcomeEvent[] events) => OutcomeHistory.Check(Date(dateOfBirth), events);

    private static string Refused(string dateOfBirth, params OutcomeEvent[] events) =>
        Assert.Throws<HealthRuleViolation>(() => Check(dateOfBirth, events)).Message;

    [Theory]
    [InlineData(OutcomeEventKind.Conviction)]
    [InlineData(OutcomeEventKind.YouthCaution)]
    [InlineData(OutcomeEventKind.YouthConditionalCaution)]
    public void A_conviction_or_caution_is_recorded_from_the_10th_birthday_itself(OutcomeEventKind kind)
    {
        Check("2015-03-31", Fact(kind, "2025-03-31"));

        Assert.Contains("rule 542", Refused("2015-03-31", Fact(kind, "2025-03-30")));
    }

    [Fact]
    public void A_child_born_on_29_february_is_10_on_28_february_in_a_common_year()
    {
        Check("2016-02-29", Fact(OutcomeEventKind.Conviction, "2026-02-28"));

        var message = Refused("2016-02-29", Fact(OutcomeEventKind.YouthCaution, "2026-02-27"));
        Assert.Contains("10 on 28 Feb 2026", message);
    }

    [Theory]
    [InlineData(OutcomeEventKind.InterventionReceived)]
    [InlineData(OutcomeEventKind.InterventionRefused)]
    public void An_intervention_needs_substance_misuse_identified_on_or_before_it(OutcomeEventKind kind)
    {
        Check("2010-05-01", Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2025-03-31"), Fact(kind, "2025-03-31"));
        Check("2010-05-01", Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2024-01-10"), Fact(kind, "2025-06-01"));

        Assert.Contains("rule 193", Refused("2010-05-01", Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2025-04-01"), Fact(kind, "2025-03-31")));
        Assert.Contains("rule 193", Refused("2010-05-01", Fact(kind, "2025-03-31")));
    }

    [Fact]
    public void An_intervention_is_not_both_received_and_refused_on_one_day_but_may_be_on_different_days()
    {
        var identified = Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2024-04-01");
        Check("2010-05-01", identified, Fact(OutcomeEventKind.InterventionRefused, "2024-05-01"), Fact(OutcomeEventKind.InterventionReceived, "2024-09-01"));

        Assert.Contains("rule 158", Refused("2010-05-01", identified,
            Fact(OutcomeEventKind.InterventionReceived, "2024-05-01"), Fact(OutcomeEventKind.InterventionRefused, "2024-05-01")));
    }

    [Fact]
    public void The_same_fact_twice_on_one_day_is_refused()
    {
        var message = Refused("2010-05-01", Fact(OutcomeEventKind.Conviction, "2024-05-01"), Fact(OutcomeEventKind.Conviction, "2024-05-01"));

        Assert.Equal("A conviction on 1 May 2024 is already recorded.", message);
    }

    [Fact]
    public void Nothing_is_dated_before_the_child_was_born()
    {
        Assert.Contains("before the child was born", Refused("2020-06-01", Fact(OutcomeEventKind.NoSdq, "2020-05-31", SdqReason.Sdq4)));
    }

    [Fact]
    public void No_sdq_reason_is_given_for_a_year_the_child_is_under_4_at_its_end_rule_188()
    {
        // The 4th birthday on 31 March 2025 is in 2024-25; on 1 April 2025 it is not.
        Check("2021-03-31", Fact(OutcomeEventKind.NoSdq, "2024-06-01", SdqReason.Sdq2));

        Assert.Contains("rule 188", Refused("2021-04-01", Fact(OutcomeEventKind.NoSdq, "2024-06-01", SdqReason.Sdq2)));
    }

    [Fact]
    public void No_sdq_reason_is_given_for_a_year_the_child_was_17_before_it_began_rule_189()
    {
        // 17 on 1 April 2024 itself is still in 2024-25, as the validator compares (17th birthday before 1 April).
        Check("2007-04-01", Fact(OutcomeEventKind.NoSdq, "2024-06-01", SdqReason.Sdq1));

        Assert.Contains("rule 189", Refused("2007-03-31", Fact(OutcomeEventKind.NoSdq, "2024-06-01", SdqReason.Sdq1)));
    }

    [Fact]
    public void Sdq1_is_refused_for_a_child_4_or_over_on_1_april_and_16_or_under_on_31_march_rule_157()
    {
        // 4 on 1 April 2024 and 16 on 31 March 2037 for another year: in 2024-25 both hold.
        Assert.Contains("rule 157", Refused("2020-04-01", Fact(OutcomeEventKind.NoSdq, "2025-03-31", SdqReason.Sdq1)));
        Check("2020-04-01", Fact(OutcomeEventKind.NoSdq, "2025-03-31", SdqReason.Sdq5));
        // 4 on 2 April 2024: under 4 on 1 April, so SDQ1 fits.
        Check("2020-04-02", Fact(OutcomeEventKind.NoSdq, "2025-03-31", SdqReason.Sdq1));
        // 16 on 30 March 2025, before 31 March: SDQ1 fits.
        Check("2009-03-30", Fact(OutcomeEventKind.NoSdq, "2024-04-01", SdqReason.Sdq1));
    }

    [Fact]
    public void A_reason_is_given_exactly_with_no_sdq()
    {
        Assert.Throws<ArgumentException>(() => new OutcomeEvent(OutcomeEventKind.NoSdq, Date("2024-06-01")));
        Assert.Throws<ArgumentException>(() => new OutcomeEvent(OutcomeEventKind.Conviction, Date("2024-06-01"), SdqReason.Sdq2));
    }
}
