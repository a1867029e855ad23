using Health.Domain;

namespace Health.UnitTests.Assessments;

public sealed class AfterAnAssessment_Specs
{
    private static readonly DateOnly Born = new(2015, 6, 1);
    private static readonly DateOnly On = new(2026, 9, 10);

    [Theory]
    [InlineData(AssessmentKind.Initial, AssessmentOutcome.Completed)]
    [InlineData(AssessmentKind.Review, AssessmentOutcome.Completed)]
    [InlineData(AssessmentKind.Initial, AssessmentOutcome.Declined)]
    [InlineData(AssessmentKind.Review, AssessmentOutcome.Declined)]
    public void A_completed_or_declined_IHA_or_review_counts_the_next_review_from_its_own_date(AssessmentKind kind, AssessmentOutcome outcome)
    {
        Assert.Equal(On, AfterAnAssessment.NextReviewCountsFrom(kind, outcome, On, null, Born));
    }

    [Fact]
    public void Not_required_counts_from_the_earlier_assessment_that_made_it_so()
    {
        var earlier = new DateOnly(2026, 5, 2);

        Assert.Equal(earlier, AfterAnAssessment.NextReviewCountsFrom(AssessmentKind.Initial, AssessmentOutcome.NotRequired, On, earlier, Born));
    }

    [Fact]
    public void An_earlier_assessment_before_birth_is_refused()
    {
        var violation = Assert.Throws<HealthRuleViolation>(() =>
            AfterAnAssessment.NextReviewCountsFrom(AssessmentKind.Initial, AssessmentOutcome.NotRequired, On, Born.AddDays(-1), Born));

        Assert.Contains("before the child's date of birth", violation.Message);
    }

    [Fact]
    public void An_assessment_on_the_day_of_birth_is_accepted()
    {
        Assert.Equal(Born, AfterAnAssessment.NextReviewCountsFrom(AssessmentKind.Review, AssessmentOutcome.NotRequired, On, Born, Born));
    }

    [Theory]
    [InlineData(AssessmentKind.Dental)]
    [InlineData(AssessmentKind.HealthPassport)]
    public void Other_checks_open_no_review(AssessmentKind kind)
    {
        Assert.Null(AfterAnAssessment.NextReviewCountsFrom(kind, AssessmentOutcome.Completed, On, null, Born));
    }

    [Theory]
    [InlineData(AssessmentKind.Review, AssessmentOutcome.Completed, true)]
    [InlineData(AssessmentKind.Review, AssessmentOutcome.Declined, false)]
    [InlineData(AssessmentKind.Review, AssessmentOutcome.NotRequired, false)]
    [InlineData(AssessmentKind.Initial, AssessmentOutcome.Completed, false)]
    public void Only_a_completed_review_is_charged_to_the_placing_authority(AssessmentKind kind, AssessmentOutcome outcome, bool charged)
    {
        Assert.Equal(charged, AfterAnAssessment.IsChargedToPlacingAuthority(kind, outcome));
    }
}
