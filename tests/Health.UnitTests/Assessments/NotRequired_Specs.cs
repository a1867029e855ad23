using Health.Domain;
using static Health.UnitTests.Assessments.Assessments;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class NotRequired_Specs
{
    [Theory]
    [InlineData(AssessmentStatus.Due)]
    [InlineData(AssessmentStatus.Requested)]
    [InlineData(AssessmentStatus.Booked)]
    public void An_open_iha_is_not_required_when_the_child_was_assessed_in_the_3_months_before(AssessmentStatus from)
    {
        var iha = IhaThatIs(from);

        iha.MarkNotRequired(Date("2025-11-03"), Today);

        Assert.Equal(AssessmentStatus.NotRequired, iha.Status);
        Assert.Equal(Date("2025-11-03"), iha.PreviouslyAssessedOn);
        Assert.True(iha.IsClosed);
    }

    [Theory]
    [InlineData("2025-09-15")] // exactly 3 months before
    [InlineData("2025-12-15")] // the day the child became looked after
    public void Both_ends_of_the_3_months_count(string assessedOn)
    {
        var iha = Iha();

        iha.MarkNotRequired(Date(assessedOn), Today);

        Assert.Equal(AssessmentStatus.NotRequired, iha.Status);
    }

    [Theory]
    [InlineData("2025-09-14")]
    [InlineData("2025-12-16")]
    public void An_assessment_outside_the_3_months_before_does_not_remove_the_need(string assessedOn)
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.MarkNotRequired(Date(assessedOn), Today));

        Assert.Equal(
            $"The earlier assessment on {Date(assessedOn):d MMM yyyy} is not in the 3 months before the child became looked after " +
            "(15 Sep 2025 to 15 Dec 2025), so the IHA is still required.",
            refusal.Message);
        Assert.Equal(AssessmentStatus.Due, iha.Status);
    }

    [Fact]
    public void Three_months_before_the_end_of_a_month_is_clamped_to_a_day_that_exists()
    {
        var iha = new Assessment(AssessmentKind.Initial, Date("2026-05-31"), Date("2026-06-29"));

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.MarkNotRequired(Date("2026-02-27"), Date("2026-06-01")));
        iha.MarkNotRequired(Date("2026-02-28"), Date("2026-06-01"));

        Assert.Contains("(28 Feb 2026 to 31 May 2026)", refusal.Message);
        Assert.Equal(AssessmentStatus.NotRequired, iha.Status);
    }

    [Fact]
    public void An_earlier_assessment_cannot_be_dated_after_today()
    {
        var iha = new Assessment(AssessmentKind.Initial, Date("2026-02-20"), Date("2026-03-20"));

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.MarkNotRequired(Date("2026-02-10"), Date("2026-02-05")));

        Assert.Equal("The earlier assessment date, 10 Feb 2026, is in the future (today is 5 Feb 2026); record it once it has happened.", refusal.Message);
    }

    [Theory]
    [InlineData(AssessmentKind.Review, "review health assessment")]
    [InlineData(AssessmentKind.Dental, "dental check")]
    [InlineData(AssessmentKind.Optical, "optical check")]
    [InlineData(AssessmentKind.Hearing, "hearing check")]
    [InlineData(AssessmentKind.Immunisations, "immunisation check")]
    [InlineData(AssessmentKind.HealthPassport, "health history summary")]
    public void Only_an_iha_can_be_not_required(AssessmentKind kind, string name)
    {
        var assessment = Of(kind);

        var refusal = Assert.Throws<HealthRuleViolation>(() => assessment.MarkNotRequired(Date("2025-11-03"), Today));

        Assert.Equal(
            $"Only an initial health assessment can be not required because of a recent assessment; to close this {name}, cancel it with a reason.",
            refusal.Message);
        Assert.Equal(AssessmentStatus.Due, assessment.Status);
    }
}
