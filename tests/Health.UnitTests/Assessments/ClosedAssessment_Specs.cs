using Health.Domain;
using static Health.UnitTests.Assessments.Assessments;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

public sealed class ClosedAssessment_Specs
{
    public static TheoryData<AssessmentStatus, string> ClosedStates => new()
    {
        { AssessmentStatus.Completed, "it was completed on 12 Jan 2026 by Dr A Okafor (doctor)" },
        { AssessmentStatus.Declined, "it was declined by the young person on 5 Jan 2026" },
        { AssessmentStatus.Cancelled, "it was cancelled on 5 Jan 2026 (Returned home to parents)" },
        { AssessmentStatus.NotRequired, "it was recorded as not required (the child was assessed on 20 Nov 2025, before becoming looked after)" },
    };

    private static readonly (string Change, Action<Assessment> Record)[] Changes =
    [
        ("requested", iha => iha.Request(Date("2026-01-20"), Today)),
        ("booked", iha => iha.Book(Date("2026-01-28"), "Dr D Evans")),
        ("completed", iha => iha.Complete(Date("2026-01-20"), "Dr D Evans", ClinicianRole.Doctor, Today)),
        ("declined", iha => iha.Decline(Date("2026-01-20"), "Changed their mind", Today)),
        ("cancelled", iha => iha.Cancel(Date("2026-01-20"), "Left care", Today)),
        ("not required", iha => iha.MarkNotRequired(Date("2025-11-25"), Today)),
    ];

    [Theory]
    [MemberData(nameof(ClosedStates))]
    public void Nothing_more_can_be_recorded_once_an_assessment_is_closed(AssessmentStatus closed, string why)
    {
        foreach (var (change, record) in Changes)
        {
            var iha = IhaThatIs(closed);
            var before = (iha.Status, iha.RequestedOn, iha.Appointments.Count, iha.Completion, iha.Closure, iha.PreviouslyAssessedOn);

            var refusal = Assert.Throws<HealthRuleViolation>(() => record(iha));

            Assert.Equal(
                $"This initial health assessment cannot be recorded as {change}: {why}. Nothing more can be recorded on it; if the child needs another, open a new one.",
                refusal.Message);
            Assert.Equal(before, (iha.Status, iha.RequestedOn, iha.Appointments.Count, iha.Completion, iha.Closure, iha.PreviouslyAssessedOn));
        }
    }

    [Fact]
    public void Completing_twice_is_refused()
    {
        var review = Of(AssessmentKind.Review);
        review.Complete(Date("2026-01-20"), Nurse, ClinicianRole.Nurse, Today);

        var refusal = Assert.Throws<HealthRuleViolation>(() => review.Complete(Date("2026-01-21"), Nurse, ClinicianRole.Nurse, Today));

        Assert.Equal(
            "This review health assessment cannot be recorded as completed: it was completed on 20 Jan 2026 by B Singh RN (nurse). Nothing more can be recorded on it; if the child needs another, open a new one.",
            refusal.Message);
        Assert.Equal(Date("2026-01-20"), review.Completion!.On);
    }
}
