using Health.Domain;
using static Health.UnitTests.Assessments.Assessments;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class DecliningAndCancelling_Specs
{
    [Theory]
    [InlineData(AssessmentStatus.Due)]
    [InlineData(AssessmentStatus.Requested)]
    [InlineData(AssessmentStatus.Booked)]
    public void The_young_person_can_decline_an_open_assessment_giving_a_reason(AssessmentStatus from)
    {
        var iha = IhaThatIs(from);

        iha.Decline(Date("2026-01-12"), " Does not want to be examined ", Today);

        Assert.Equal(AssessmentStatus.Declined, iha.Status);
        Assert.Equal(new AssessmentClosure(Date("2026-01-12"), "Does not want to be examined"), iha.Closure);
        Assert.True(iha.IsClosed);
    }

    [Theory]
    [InlineData(AssessmentStatus.Due)]
    [InlineData(AssessmentStatus.Requested)]
    [InlineData(AssessmentStatus.Booked)]
    public void An_open_assessment_can_be_cancelled_giving_a_reason(AssessmentStatus from)
    {
        var iha = IhaThatIs(from);

        iha.Cancel(Date("2026-01-09"), "Left care: returned home (E4A)", Today);

        Assert.Equal(AssessmentStatus.Cancelled, iha.Status);
        Assert.Equal(new AssessmentClosure(Date("2026-01-09"), "Left care: returned home (E4A)"), iha.Closure);
    }

    [Fact]
    public void Declining_needs_a_reason()
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Decline(Date("2026-01-12"), "", Today));

        Assert.Equal("Give the reason the young person declined the initial health assessment.", refusal.Message);
        Assert.Equal(AssessmentStatus.Due, iha.Status);
    }

    [Fact]
    public void Cancelling_needs_a_reason()
    {
        var review = Of(AssessmentKind.Review);

        var refusal = Assert.Throws<HealthRuleViolation>(() => review.Cancel(Date("2026-01-12"), "  ", Today));

        Assert.Equal("Give the reason the review health assessment is cancelled, for example that the child left care.", refusal.Message);
    }

    [Fact]
    public void Declining_in_the_future_is_refused()
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Decline(Date("2026-02-10"), "Refuses", Today));

        Assert.Equal("The decline date, 10 Feb 2026, is in the future (today is 2 Feb 2026); record it once it has happened.", refusal.Message);
    }

    [Fact]
    public void Cancelling_before_the_child_became_looked_after_is_refused()
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Cancel(Date("2025-12-10"), "Opened in error", Today));

        Assert.Equal("The cancellation date, 10 Dec 2025, is before the child became looked after on 15 Dec 2025.", refusal.Message);
    }

    [Fact]
    public void Declining_before_the_request_is_refused()
    {
        var iha = IhaThatIs(AssessmentStatus.Requested);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Decline(Date("2025-12-15"), "Refuses", Today));

        Assert.Equal("The decline date, 15 Dec 2025, is before the initial health assessment was requested on 16 Dec 2025.", refusal.Message);
    }
}
