using Health.Api.Infrastructure.Rows;
using Health.Domain;

namespace Health.Api.Infrastructure;

/// <summary>Rebuilds an assessment's domain state from its stored history, and applies one more event to both.</summary>
public static class AssessmentReplay
{
    public static Assessment Rehydrate(HealthAssessmentRow stored)
    {
        var assessment = new Assessment(stored.Kind, stored.LookedAfterSince, stored.DueOn);
        foreach (var recorded in stored.Events.OrderBy(e => e.Id))
        {
            Apply(assessment, recorded, DateOnly.FromDateTime(recorded.RecordedAt.UtcDateTime));
        }
        return assessment;
    }

    /// <summary>Checks <paramref name="recorded"/> against the rules, then adds it to the history and the stored state.</summary>
    /// <exception cref="HealthRuleViolation">The event is out of order, repeated, or breaks a rule.</exception>
    public static void Record(HealthAssessmentRow stored, AssessmentEventRow recorded, DateOnly today)
    {
        var assessment = Rehydrate(stored);
        Apply(assessment, recorded, today);
        stored.Events.Add(recorded);
        stored.Status = assessment.Status;
        stored.AppointmentOn = assessment.CurrentAppointment?.On;
        stored.CompletedOn = assessment.Completion?.On;
        stored.ClosedOn = assessment.Closure?.On ?? (assessment.Status == AssessmentStatus.NotRequired ? recorded.OccurredOn : null);
    }

    private static void Apply(Assessment assessment, AssessmentEventRow recorded, DateOnly today)
    {
        switch (recorded.Kind)
        {
            case AssessmentEventKind.Requested:
                assessment.Request(recorded.OccurredOn, today);
                break;
            case AssessmentEventKind.Booked:
                assessment.Book(recorded.OccurredOn, recorded.Clinician ?? string.Empty);
                break;
            case AssessmentEventKind.Completed:
                assessment.Complete(recorded.OccurredOn, recorded.Clinician ?? string.Empty, Enum.Parse<ClinicianRole>(recorded.ClinicianRole!), today);
                break;
            case AssessmentEventKind.Declined:
                assessment.Decline(recorded.OccurredOn, recorded.Reason ?? string.Empty, today);
                break;
            case AssessmentEventKind.Cancelled:
                assessment.Cancel(recorded.OccurredOn, recorded.Reason ?? string.Empty, today);
                break;
            case AssessmentEventKind.NotRequired:
                assessment.MarkNotRequired(recorded.PreviouslyAssessedOn!.Value, today);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(recorded), recorded.Kind, null);
        }
    }
}
