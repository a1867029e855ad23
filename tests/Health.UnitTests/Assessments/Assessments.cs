using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Assessments;

/// <summary>A child who became looked after on Mon 15 Dec 2025 (IHA due Thu 15 Jan 2026), seen on Mon 2 Feb 2026.</summary>
internal static class Assessments
{
    public static readonly DateOnly LookedAfterSince = Date("2025-12-15");
    public static readonly DateOnly Today = Date("2026-02-02");
    public const string Doctor = "Dr A Okafor";
    public const string Nurse = "B Singh RN";

    public static Assessment Iha() => new(AssessmentKind.Initial, LookedAfterSince, Date("2026-01-15"));

    public static Assessment Of(AssessmentKind kind) =>
        kind == AssessmentKind.Initial ? Iha() : new Assessment(kind, LookedAfterSince, Date("2026-06-15"));

    /// <summary>An IHA brought to <paramref name="status"/> the usual way.</summary>
    public static Assessment IhaThatIs(AssessmentStatus status)
    {
        var iha = Iha();
        if (status is AssessmentStatus.Requested or AssessmentStatus.Booked or AssessmentStatus.Completed)
        {
            iha.Request(Date("2025-12-16"), Today);
        }

        if (status is AssessmentStatus.Booked or AssessmentStatus.Completed)
        {
            iha.Book(Date("2026-01-12"), Doctor);
        }

        switch (status)
        {
            case AssessmentStatus.Completed:
                iha.Complete(Date("2026-01-12"), Doctor, ClinicianRole.Doctor, Today);
                break;
            case AssessmentStatus.Declined:
                iha.Decline(Date("2026-01-05"), "Does not want a medical", Today);
                break;
            case AssessmentStatus.Cancelled:
                iha.Cancel(Date("2026-01-05"), "Returned home to parents", Today);
                break;
            case AssessmentStatus.NotRequired:
                iha.MarkNotRequired(Date("2025-11-20"), Today);
                break;
        }

        Assert.Equal(status, iha.Status);
        return iha;
    }
}
