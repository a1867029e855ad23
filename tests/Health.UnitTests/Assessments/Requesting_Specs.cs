using Health.Domain;
using static Health.UnitTests.Assessments.Assessments;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class Requesting_Specs
{
    [Theory]
    [InlineData("2025-12-15")] // the day the child became looked after
    [InlineData("2025-12-22")]
    [InlineData("2026-02-02")] // today
    public void A_due_assessment_can_be_requested_from_the_day_the_child_became_looked_after_up_to_today(string requestedOn)
    {
        var iha = Iha();

        iha.Request(Date(requestedOn), Today);

        Assert.Equal(AssessmentStatus.Requested, iha.Status);
        Assert.Equal(Date(requestedOn), iha.RequestedOn);
    }

    [Fact]
    public void A_second_request_is_refused()
    {
        var iha = IhaThatIs(AssessmentStatus.Requested);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Request(Date("2025-12-20"), Today));

        Assert.Equal("This initial health assessment was already requested on 16 Dec 2025; record the booking or the outcome instead.", refusal.Message);
        Assert.Equal(Date("2025-12-16"), iha.RequestedOn);
    }

    [Fact]
    public void A_request_after_booking_is_refused()
    {
        var iha = Iha();
        iha.Book(Date("2026-01-12"), Doctor);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Request(Date("2025-12-20"), Today));

        Assert.Equal(
            "This initial health assessment is already booked for 12 Jan 2026 with Dr A Okafor; a request is recorded before booking. To move the appointment, rebook it.",
            refusal.Message);
        Assert.Equal(AssessmentStatus.Booked, iha.Status);
        Assert.Null(iha.RequestedOn);
    }

    [Fact]
    public void A_request_dated_before_the_child_became_looked_after_is_refused()
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Request(Date("2025-12-14"), Today));

        Assert.Equal("The request date, 14 Dec 2025, is before the child became looked after on 15 Dec 2025.", refusal.Message);
        Assert.Equal(AssessmentStatus.Due, iha.Status);
    }

    [Fact]
    public void A_request_dated_in_the_future_is_refused()
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Request(Date("2026-02-03"), Today));

        Assert.Equal("The request date, 3 Feb 2026, is in the future (today is 2 Feb 2026); record it once it has happened.", refusal.Message);
        Assert.Null(iha.RequestedOn);
    }
}
