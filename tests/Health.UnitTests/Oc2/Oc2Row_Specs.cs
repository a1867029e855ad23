using CorporateParenting.Reporting;
using Health.Domain;
using static Health.UnitTests.Given;
using static Health.UnitTests.Measures.Records;

namespace Health.UnitTests.Oc2;

/// <summary>A child's OC2 values for 2024-25 (1 April 2024 to 31 March 2025), derived from dated records.</summary>
public sealed class Oc2Row_Specs
{
    private static OutcomeEvent Fact(OutcomeEventKind kind, string on, SdqReason? reason = null) => new(kind, Date(on), reason);

    private static Oc2Row Row(ChildHealthRecord child) => Oc2Row.Of(child, Year2025) ?? throw new InvalidOperationException("not in the cohort");

    [Fact]
    public void A_child_outside_the_cohort_has_no_row_whatever_is_recorded_rules_190_and_198()
    {
        var child = NotInCohort() with { OutcomeEvents = [Fact(OutcomeEventKind.Conviction, "2024-10-01")] };

        Assert.Null(Oc2Row.Of(child, Year2025));
    }

    [Theory]
    [InlineData("2024-04-01", true)]
    [InlineData("2025-03-31", true)]
    [InlineData("2024-03-31", false)]
    [InlineData("2025-04-01", false)]
    public void Convicted_counts_a_conviction_or_caution_dated_in_the_year(string on, bool convicted)
    {
        var child = InCohort("2010-06-15") with { OutcomeEvents = [Fact(OutcomeEventKind.YouthCaution, on)] };

        Assert.Equal(convicted, Row(child).Convicted);
    }

    [Theory]
    [InlineData("2015-03-31", false)] // 10 on 31 March itself: reported (rule 542 allows it)
    [InlineData("2015-04-01", null)] // 10 on 1 April: under 10 at 31 March, blank (rule 542)
    [InlineData("2014-04-01", false)] // 10 on 1 April 2024: required (rule 543)
    public void Convicted_is_reported_only_for_a_child_10_or_over_at_31_march(string dateOfBirth, bool? convicted)
    {
        Assert.Equal(convicted, Row(InCohort(dateOfBirth)).Convicted);
    }

    [Fact]
    public void Convicted_for_a_child_born_on_29_february_who_is_10_on_28_february()
    {
        var child = Child("2016-02-29", Period("2022-05-10")) with { OutcomeEvents = [Fact(OutcomeEventKind.Conviction, "2026-02-28")] };

        Assert.True(Oc2Row.Of(child, new CollectionYear(2026))!.Value.Convicted);
        Assert.Null(Oc2Row.Of(child, Year2025)!.Value.Convicted);
    }

    [Fact]
    public void Without_substance_misuse_the_intervention_fields_are_blank_rule_193()
    {
        var row = Row(InCohort());

        Assert.Equal((false, (bool?)null, (bool?)null), (row.SubstanceMisuse, row.InterventionReceived, row.InterventionOffered));
    }

    [Fact]
    public void Substance_misuse_identified_in_the_year_without_an_intervention_says_neither_received_nor_offered_rules_192_and_159()
    {
        var row = Row(InCohort() with { OutcomeEvents = [Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2025-03-31")] });

        Assert.Equal((true, (bool?)false, (bool?)false), (row.SubstanceMisuse, row.InterventionReceived, row.InterventionOffered));
    }

    [Fact]
    public void An_intervention_received_leaves_offered_blank_even_if_one_was_refused_earlier_in_the_year_rule_158()
    {
        var row = Row(InCohort() with
        {
            OutcomeEvents =
            [
                Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2024-04-01"),
                Fact(OutcomeEventKind.InterventionRefused, "2024-05-01"),
                Fact(OutcomeEventKind.InterventionReceived, "2024-11-01"),
            ],
        });

        Assert.Equal((true, (bool?)true, (bool?)null), (row.SubstanceMisuse, row.InterventionReceived, row.InterventionOffered));
    }

    [Fact]
    public void An_intervention_refused_in_the_year_for_a_problem_identified_the_year_before_reports_substance_misuse()
    {
        var row = Row(InCohort() with
        {
            OutcomeEvents = [Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2024-03-31"), Fact(OutcomeEventKind.InterventionRefused, "2024-04-01")],
        });

        Assert.Equal((true, (bool?)false, (bool?)true), (row.SubstanceMisuse, row.InterventionReceived, row.InterventionOffered));
    }

    [Fact]
    public void Substance_misuse_identified_only_the_year_before_is_not_this_years()
    {
        var row = Row(InCohort() with { OutcomeEvents = [Fact(OutcomeEventKind.SubstanceMisuseIdentified, "2024-03-31")] });

        Assert.False(row.SubstanceMisuse);
    }

    [Fact]
    public void A_score_leaves_the_reason_blank_rule_197a()
    {
        var row = Row(InCohort("2014-06-15") with
        {
            Sdqs = [new SdqSummary(Date("2024-10-01"), SdqInformant.Carer, 14)],
            OutcomeEvents = [Fact(OutcomeEventKind.NoSdq, "2024-05-01", SdqReason.Sdq2)],
        });

        Assert.Equal((14, (SdqReason?)null, false), (row.SdqScore, row.SdqReason, row.SdqMissing));
    }

    [Fact]
    public void Without_a_score_the_latest_reason_recorded_in_the_year_is_returned()
    {
        var row = Row(InCohort("2014-06-15") with
        {
            OutcomeEvents =
            [
                Fact(OutcomeEventKind.NoSdq, "2024-03-31", SdqReason.Sdq3),
                Fact(OutcomeEventKind.NoSdq, "2025-03-31", SdqReason.Sdq5),
                Fact(OutcomeEventKind.NoSdq, "2024-04-01", SdqReason.Sdq2),
            ],
        });

        Assert.Equal((null, SdqReason.Sdq5, false), (row.SdqScore, row.SdqReason, row.SdqMissing));
    }

    [Fact]
    public void A_child_aged_4_to_16_all_year_with_neither_score_nor_reason_is_missing_one_rule_186()
    {
        var row = Row(InCohort("2014-06-15"));

        Assert.Equal((null, (SdqReason?)null, true), (row.SdqScore, row.SdqReason, row.SdqMissing));
    }

    [Theory]
    [InlineData("2020-04-02")] // 4 on 2 April 2024
    [InlineData("2021-03-31")] // 4 on 31 March 2025
    [InlineData("2007-04-01")] // 17 on 1 April 2024
    [InlineData("2008-03-31")] // 17 on 31 March 2025
    public void A_child_turning_4_or_17_in_the_year_without_a_score_or_reason_is_returned_as_sdq1_rule_197B(string dateOfBirth)
    {
        var row = Row(InCohort(dateOfBirth));

        Assert.Equal((SdqReason.Sdq1, false), (row.SdqReason, row.SdqMissing));
    }

    [Fact]
    public void A_child_4_on_1_april_needs_a_score_or_a_recorded_reason_since_sdq1_breaks_rule_157()
    {
        var row = Row(InCohort("2020-04-01"));

        Assert.Equal(((SdqReason?)null, true), (row.SdqReason, row.SdqMissing));
    }

    [Theory]
    [InlineData("2021-04-01")] // 4 on 1 April 2025: under 4 at 31 March (rule 188)
    [InlineData("2007-03-31")] // 17 on 31 March 2024, before the year (rule 189)
    public void Neither_score_nor_reason_is_returned_outside_the_sdq_ages(string dateOfBirth)
    {
        var row = Row(InCohort(dateOfBirth) with { Sdqs = [new SdqSummary(Date("2024-10-01"), SdqInformant.Carer, 14)] });

        Assert.Equal((null, (SdqReason?)null, false), (row.SdqScore, row.SdqReason, row.SdqMissing));
    }

    [Theory]
    [InlineData("2020-04-01", true)] // 5 on 1 April 2025: under 5 at 31 March
    [InlineData("2020-03-31", null)] // 5 on 31 March 2025: blank (rule 546)
    public void Health_check_is_reported_only_for_a_child_under_5_at_31_march_rules_545_and_546(string dateOfBirth, bool? healthCheck)
    {
        var row = Row(Child(dateOfBirth, Period("2020-06-01")) with { HealthSurveillanceChecks = Dates("2024-09-01") });

        Assert.Equal(healthCheck, row.HealthCheck);
    }
}
