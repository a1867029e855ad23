using CorporateParenting.Reporting;
using Health.Domain;
using static Health.UnitTests.Measures.Records;

namespace Health.UnitTests.Measures;

public sealed class AnnualChecks_Specs
{
    [Fact]
    public void A_health_assessment_counts_when_an_iha_or_rha_was_completed_in_the_year()
    {
        var measures = Measure(
            InCohort() with { Assessments = [CompletedReview("2024-04-10", "2024-04-01")] }, // first day
            InCohort() with { Assessments = [CompletedReview("2025-04-10", "2025-03-31")] }, // last day
            InCohort() with { Assessments = [CompletedReview("2024-04-10", "2024-03-31"), Review("2025-03-31")] }, // day before; next still open
            InCohort() with { Assessments = [CompletedReview("2025-03-31", "2025-04-01")] }, // day after
            InCohort() with { Assessments = [new AssessmentRecord(AssessmentKind.Dental, AssessmentStatus.Completed, Given.Date("2022-05-10"), Given.Date("2024-09-01"), Given.Date("2024-09-01"))] },
            Child("2012-06-15", Period("2024-04-01")) with { Assessments = [CompletedIha("2024-04-01", "2024-04-20")] },
            Child("2012-06-15", Period("2024-04-01")) with { Assessments = [Iha("2024-04-01", AssessmentStatus.NotRequired)] },
            NotInCohort() with { Assessments = [CompletedIha("2024-09-02", "2024-09-20")] });

        Assert.Equal(7, measures.Cohort);
        Assert.Equal(new Proportion(3, 7), measures.HealthAssessments);
        Assert.Equal(43, measures.HealthAssessments.RoundedPercent);
    }

    [Fact]
    public void Teeth_count_when_checked_by_a_dentist_in_the_year()
    {
        var measures = Measure(
            InCohort() with { DentalChecks = Dates("2024-04-01") },
            InCohort() with { DentalChecks = Dates("2023-11-01", "2025-03-31") },
            InCohort() with { DentalChecks = Dates("2024-03-31", "2025-04-01") },
            InCohort(),
            NotInCohort() with { DentalChecks = Dates("2024-10-01") });

        Assert.Equal(new Proportion(2, 4), measures.TeethChecks);
    }

    [Fact]
    public void Immunisations_count_when_the_latest_status_at_31_march_is_up_to_date_and_was_checked_in_the_year()
    {
        var measures = Measure(
            InCohort() with { Immunisations = [new(Given.Date("2024-06-01"), true)] },
            InCohort() with { Immunisations = [new(Given.Date("2024-06-01"), true), new(Given.Date("2025-01-10"), false)] },
            InCohort() with { Immunisations = [new(Given.Date("2025-03-31"), true), new(Given.Date("2024-06-01"), false)] }, // latest listed first
            InCohort() with { Immunisations = [new(Given.Date("2024-03-31"), true)] }, // stale
            InCohort() with { Immunisations = [new(Given.Date("2024-06-01"), true), new(Given.Date("2025-04-02"), false)] }, // later news ignored
            InCohort());

        Assert.Equal(new Proportion(3, 6), measures.ImmunisationsUpToDate);
    }

    [Fact]
    public void Health_surveillance_is_measured_only_for_children_under_5_at_31_march()
    {
        var measures = Measure(
            Child("2020-03-31", Period("2020-04-01")) with { HealthSurveillanceChecks = Dates("2024-09-01") }, // 5 on 31 March: left out
            Child("2020-02-29", Period("2020-04-01")) with { HealthSurveillanceChecks = Dates("2024-09-01") }, // 5 on 28 Feb 2025: left out
            Child("2020-04-01", Period("2020-04-02")) with { HealthSurveillanceChecks = Dates("2024-09-01") }, // 5 on 1 April: under 5
            Child("2022-01-01", Period("2022-01-01")) with { HealthSurveillanceChecks = Dates("2024-03-31") },
            Child("2021-06-01", Period("2021-06-01")),
            Child("2023-01-01", Period("2024-06-01")) with { HealthSurveillanceChecks = Dates("2024-09-01") }); // not in the cohort

        Assert.Equal(5, measures.Cohort);
        Assert.Equal(new Proportion(1, 3), measures.HealthSurveillance);
    }

    [Fact]
    public void With_no_children_every_proportion_is_zero_of_zero()
    {
        var measures = Measure();

        Assert.Equal(new Oc2HealthMeasures(0, new(0, 0), new(0, 0), new(0, 0), new(0, 0), new(0, 0), new(0, 0), new(0, 0), null, new(0, 0, 0), new(0, 0), new(0, 0)), measures);
        Assert.Equal(0, measures.HealthAssessments.RoundedPercent);
    }

    [Fact]
    public void A_completed_assessment_needs_its_completion_date_and_only_then()
    {
        Assert.Throws<ArgumentException>(() => new AssessmentRecord(AssessmentKind.Review, AssessmentStatus.Completed, Given.Date("2022-05-10"), Given.Date("2024-09-01")));
        Assert.Throws<ArgumentException>(() => Review("2024-09-01", AssessmentStatus.Booked, "2024-09-01"));
    }

    [Theory]
    [InlineData(1, 3, 33)]
    [InlineData(1, 8, 13)] // 12.5 rounds up
    [InlineData(5, 8, 63)] // 62.5 rounds up
    [InlineData(2, 3, 67)]
    public void Percentages_are_whole_numbers_with_halves_rounded_up(int numerator, int denominator, int percent) =>
        Assert.Equal(percent, new Proportion(numerator, denominator).RoundedPercent);
}
