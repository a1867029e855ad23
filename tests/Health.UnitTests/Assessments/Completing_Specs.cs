using Health.Domain;
using static Health.UnitTests.Assessments.Assessments;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class Completing_Specs
{
    [Theory]
    [InlineData(AssessmentStatus.Due)]
    [InlineData(AssessmentStatus.Requested)]
    [InlineData(AssessmentStatus.Booked)]
    public void An_open_assessment_can_be_completed_whether_or_not_it_was_requested_or_booked(AssessmentStatus from)
    {
        var iha = IhaThatIs(from);

        iha.Complete(Date("2026-01-13"), " Dr A Okafor ", ClinicianRole.Doctor, Today);

        Assert.Equal(AssessmentStatus.Completed, iha.Status);
        Assert.Equal(new AssessmentCompletion(Date("2026-01-13"), Doctor, ClinicianRole.Doctor), iha.Completion);
        Assert.True(iha.IsClosed);
    }

    [Fact]
    public void A_late_assessment_can_still_be_completed()
    {
        var iha = Iha();

        iha.Complete(Date("2026-01-30"), Doctor, ClinicianRole.Doctor, Today);

        Assert.Equal(AssessmentStatus.Completed, iha.Status);
    }

    [Fact]
    public void An_assessment_brought_forward_before_its_booked_date_can_be_completed()
    {
        var iha = IhaThatIs(AssessmentStatus.Booked);

        iha.Complete(Date("2026-01-08"), Doctor, ClinicianRole.Doctor, Today);

        Assert.Equal(Date("2026-01-08"), iha.Completion!.On);
    }

    [Theory]
    [InlineData(ClinicianRole.Nurse, "nurse")]
    [InlineData(ClinicianRole.Midwife, "midwife")]
    [InlineData(ClinicianRole.Dentist, "dentist")]
    [InlineData(ClinicianRole.Optometrist, "optometrist")]
    [InlineData(ClinicianRole.Audiologist, "audiologist")]
    public void An_iha_must_be_completed_by_a_doctor(ClinicianRole role, string described)
    {
        var iha = IhaThatIs(AssessmentStatus.Booked);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Complete(Date("2026-01-12"), Nurse, role, Today));

        Assert.Equal(
            $"An initial health assessment must be completed by a registered medical practitioner (a doctor) (CPPCR reg 7), not a {described}. Record the professional who carried it out.",
            refusal.Message);
        Assert.Equal(AssessmentStatus.Booked, iha.Status);
        Assert.Null(iha.Completion);
    }

    [Theory]
    [InlineData(ClinicianRole.Doctor)]
    [InlineData(ClinicianRole.Nurse)]
    [InlineData(ClinicianRole.Midwife)]
    public void A_review_can_be_completed_by_a_doctor_nurse_or_midwife(ClinicianRole role)
    {
        var review = Of(AssessmentKind.Review);

        review.Complete(Date("2026-01-20"), Nurse, role, Today);

        Assert.Equal(role, review.Completion!.Role);
    }

    [Theory]
    [InlineData(ClinicianRole.Dentist)]
    [InlineData(ClinicianRole.Optometrist)]
    [InlineData(ClinicianRole.Audiologist)]
    public void A_review_cannot_be_completed_by_another_professional(ClinicianRole role)
    {
        var review = Of(AssessmentKind.Review);

        var refusal = Assert.Throws<HealthRuleViolation>(() => review.Complete(Date("2026-01-20"), Nurse, role, Today));

        Assert.StartsWith("A review health assessment must be completed by a doctor, or by a registered nurse or midwife, not a", refusal.Message);
    }

    [Fact]
    public void A_dental_check_must_be_done_by_a_dentist()
    {
        var dental = Of(AssessmentKind.Dental);

        var refusal = Assert.Throws<HealthRuleViolation>(() => dental.Complete(Date("2026-01-20"), Nurse, ClinicianRole.Nurse, Today));
        dental.Complete(Date("2026-01-20"), "Dr C Patel", ClinicianRole.Dentist, Today);

        Assert.Equal("A dental check must be done by a dentist (SSDA903 TEETH_CHECK), not a nurse. Record the professional who carried it out.", refusal.Message);
        Assert.Equal(AssessmentStatus.Completed, dental.Status);
    }

    [Theory]
    [InlineData(AssessmentKind.Optical, ClinicianRole.Optometrist)]
    [InlineData(AssessmentKind.Hearing, ClinicianRole.Audiologist)]
    [InlineData(AssessmentKind.Immunisations, ClinicianRole.Nurse)]
    [InlineData(AssessmentKind.HealthPassport, ClinicianRole.Nurse)]
    [InlineData(AssessmentKind.HealthPassport, ClinicianRole.Doctor)]
    public void Other_checks_are_not_tied_to_a_profession(AssessmentKind kind, ClinicianRole role)
    {
        var check = Of(kind);

        check.Complete(Date("2026-01-20"), "A Clinician", role, Today);

        Assert.Equal(AssessmentStatus.Completed, check.Status);
    }

    [Fact]
    public void A_completion_dated_in_the_future_is_refused()
    {
        var iha = IhaThatIs(AssessmentStatus.Booked);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Complete(Date("2026-02-03"), Doctor, ClinicianRole.Doctor, Today));

        Assert.Equal("The completion date, 3 Feb 2026, is in the future (today is 2 Feb 2026); record it once it has happened.", refusal.Message);
        Assert.Equal(AssessmentStatus.Booked, iha.Status);
    }

    [Fact]
    public void A_completion_dated_today_is_accepted()
    {
        var iha = IhaThatIs(AssessmentStatus.Booked);

        iha.Complete(Today, Doctor, ClinicianRole.Doctor, Today);

        Assert.Equal(Today, iha.Completion!.On);
    }

    [Fact]
    public void An_iha_completed_before_the_child_became_looked_after_points_the_nurse_to_not_required()
    {
        var iha = Iha();

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Complete(Date("2025-12-01"), Doctor, ClinicianRole.Doctor, Today));

        Assert.Equal(
            "The completion date, 1 Dec 2025, is before the child became looked after on 15 Dec 2025. " +
            "If the child was assessed in the 3 months before, record the IHA as not required with that assessment's date.",
            refusal.Message);
    }

    [Fact]
    public void Another_check_completed_before_the_child_became_looked_after_is_refused()
    {
        var dental = Of(AssessmentKind.Dental);

        var refusal = Assert.Throws<HealthRuleViolation>(() => dental.Complete(Date("2025-12-01"), "Dr C Patel", ClinicianRole.Dentist, Today));

        Assert.Equal("The completion date, 1 Dec 2025, is before the child became looked after on 15 Dec 2025.", refusal.Message);
    }

    [Fact]
    public void A_completion_before_the_request_is_refused()
    {
        var iha = IhaThatIs(AssessmentStatus.Requested);

        var refusal = Assert.Throws<HealthRuleViolation>(() => iha.Complete(Date("2025-12-15"), Doctor, ClinicianRole.Doctor, Today));

        Assert.Equal("The completion date, 15 Dec 2025, is before the initial health assessment was requested on 16 Dec 2025.", refusal.Message);
    }

    [Fact]
    public void Who_completed_it_must_be_named()
    {
        var review = Of(AssessmentKind.Review);

        var refusal = Assert.Throws<HealthRuleViolation>(() => review.Complete(Date("2026-01-20"), " ", ClinicianRole.Nurse, Today));

        Assert.Equal("Name who completed the review health assessment.", refusal.Message);
    }
}
