using Health.Domain;
using static Health.UnitTests.Assessments.Assessments;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class Booking_Specs
{
    [Fact]
    public void A_requested_assessment_can_be_booked()
    {
        var iha = IhaThatIs(AssessmentStatus.Requested);

        iha.Book(Date("2026-01-12"), "  Dr A Okafor ");

        Assert.Equal(AssessmentStatus.Booked, iha.Status);
        Assert.Equal(new Appointment(Date("2026-01-12"), Doctor), iha.CurrentAppointment);
    }

    [Fact]
    public void A_due_assessment_can_be_booked_without_a_recorded_request()
    {
        var dental = Of(AssessmentKind.Dental);

        dental.Book(Date("2026-03-04"), "Dr C Patel, Castle Dental");

        Assert.Equal(AssessmentStatus.Booked, dental.Status);
        Assert.Null(dental.RequestedOn);
    }

    [Fact]
    public void Rebooking_moves_the_appointment_and_keeps_the_earlier_one()
    {
        var iha = IhaThatIs(AssessmentStatus.Booked);

        iha.Book(Date("2026-01-14"), Doctor);

        Assert.Equal(AssessmentStatus.Booked, iha.Status);
        Assert.Equal([new Appointment(Date("2026-01-12"), Doctor), new Appointment(Date("2026-01-14"), Doctor)], iha.Appointments);
        Assert.Equal(new Appointment(Date("2026-01-14"), Doctor), iha.CurrentAppointment);
    }

    [Fact]
    public void Rebooking_the_same_day_with_another_clinician_is_allowed()
    {
        var iha = IhaThatIs(AssessmentStatus.Booked);

        iha.Book(Date("2026-01-12"), "Dr D Evans");

        Assert.Equal(new Appointment(Date("2026-01-12"), "Dr D Evans"), iha.CurrentAppointment);
    }

    [Fact]
    public void Booking_the_same_appointment_again_is_refused()
    {
        var iha = IhaThatIs(AssessmentStatus.Booked);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Book(Date("2026-01-12"), Doctor));

        Assert.Equal("This initial health assessment is already booked for 12 Jan 2026 with Dr A Okafor; give a new date or clinician to rebook it.", refusal.Message);
        Assert.Single(iha.Appointments);
    }

    [Theory]
    [InlineData("2026-03-30")] // in the future
    [InlineData("2026-01-05")] // already past: a booking entered late
    public void An_appointment_may_be_in_the_future_or_entered_after_it_passed(string on)
    {
        var iha = IhaThatIs(AssessmentStatus.Requested);

        iha.Book(Date(on), Doctor);

        Assert.Equal(Date(on), iha.CurrentAppointment!.On);
    }

    [Fact]
    public void An_appointment_before_the_child_became_looked_after_is_refused()
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Book(Date("2025-12-01"), Doctor));

        Assert.Equal("The appointment date, 1 Dec 2025, is before the child became looked after on 15 Dec 2025.", refusal.Message);
        Assert.Empty(iha.Appointments);
    }

    [Fact]
    public void An_appointment_before_the_request_is_refused()
    {
        var iha = Iha();
        iha.Request(Date("2025-12-22"), Today);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Book(Date("2025-12-19"), Doctor));

        Assert.Equal("The appointment date, 19 Dec 2025, is before the initial health assessment was requested on 22 Dec 2025.", refusal.Message);
        Assert.Equal(AssessmentStatus.Requested, iha.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void The_clinician_must_be_named(string clinician)
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Book(Date("2026-01-12"), clinician));

        Assert.Equal("Name the clinician the appointment is with.", refusal.Message);
    }
}
