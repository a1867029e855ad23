extern alias HealthApi;

using Health.Domain;
using HealthApi::Health.Api.Infrastructure.Rows;

namespace Health.Benchmarks;

/// <summary>
/// Assessments as the service stores them: the row's state and the events recorded against it, in the order the
/// nurses would have recorded them, so the history replays to the stored state.
/// </summary>
public sealed class AssessmentHistory(SyntheticRandom random)
{
    public const string LeftCare = "The child left care.";
    private const string Nurse = "nurse.benchmark";
    private const string System = "system:health";
    private static readonly string[] Doctors = ["Dr Okafor", "Dr Lee", "Dr Patel", "Dr Byrne", "Dr Nowak"];
    private static readonly string[] Nurses = ["Nurse Ade", "Nurse Hughes", "Nurse Khan", "Nurse Murphy"];

    /// <summary>Share of overdue items an earlier sweep already marked: the sweep must step over them, as every day.</summary>
    public const double AlreadyMarkedShare = 0.25;

    public HealthAssessmentRow Open(Guid childId, Guid? periodOfCareId, AssessmentKind kind, DateOnly lookedAfterSince, DateOnly dueOn,
        DateOnly createdOn, DateOnly? requestToProviderDueOn = null) => new()
    {
        Id = random.Id(),
        ChildId = childId,
        PeriodOfCareId = periodOfCareId,
        Kind = kind,
        Status = AssessmentStatus.Due,
        LookedAfterSince = lookedAfterSince,
        DueOn = dueOn,
        RequestToProviderDueOn = requestToProviderDueOn,
        CreatedAt = At(createdOn, 2),
    };

    public void Complete(HealthAssessmentRow assessment, DateOnly on, ClinicianRole role)
    {
        var clinician = role == ClinicianRole.Doctor ? random.Pick(Doctors) : random.Pick(Nurses);
        if (assessment.Kind is AssessmentKind.Initial or AssessmentKind.Review)
        {
            var requestedOn = random.Between(CreatedOn(assessment), on);
            Record(assessment, AssessmentEventKind.Requested, requestedOn, requestedOn);
            Record(assessment, AssessmentEventKind.Booked, on, random.Between(requestedOn, on), clinician);
            assessment.AppointmentOn = on;
        }
        Record(assessment, AssessmentEventKind.Completed, on, on, clinician, role.ToString());
        assessment.Status = AssessmentStatus.Completed;
        assessment.CompletedOn = on;
    }

    /// <summary>Still waiting on <paramref name="today"/>: due, requested or booked, and if overdue, perhaps marked already.</summary>
    public void LeaveOpen(HealthAssessmentRow assessment, DateOnly today)
    {
        var roll = random.Fraction();
        if (roll >= 0.5)
        {
            var requestedOn = random.Between(CreatedOn(assessment), today);
            Record(assessment, AssessmentEventKind.Requested, requestedOn, requestedOn);
            assessment.Status = AssessmentStatus.Requested;
            if (roll >= 0.8)
            {
                var appointment = random.Between(today.AddDays(1), (assessment.DueOn > today ? assessment.DueOn : today).AddDays(42));
                Record(assessment, AssessmentEventKind.Booked, appointment, random.Between(requestedOn, today), random.Pick(Nurses));
                assessment.Status = AssessmentStatus.Booked;
                assessment.AppointmentOn = appointment;
            }
        }
        if (assessment.DueOn < today && random.Chance(AlreadyMarkedShare))
        {
            assessment.OverduePublishedAt = At(assessment.DueOn.AddDays(1), 3);
        }
    }

    /// <summary>Turns a completed assessment back into one never done: what a child whose review slipped looks like.</summary>
    public void Reopen(HealthAssessmentRow assessment, DateOnly today)
    {
        assessment.Events.Clear();
        (assessment.Status, assessment.AppointmentOn, assessment.CompletedOn) = (AssessmentStatus.Due, null, null);
        LeaveOpen(assessment, today);
    }

    public void Decline(HealthAssessmentRow assessment, DateOnly on)
    {
        Record(assessment, AssessmentEventKind.Declined, on, on, reason: "The young person declined the assessment.");
        (assessment.Status, assessment.ClosedOn) = (AssessmentStatus.Declined, on);
    }

    public void MarkNotRequired(HealthAssessmentRow assessment, DateOnly on, DateOnly previouslyAssessedOn)
    {
        Record(assessment, AssessmentEventKind.NotRequired, on, on, previouslyAssessedOn: previouslyAssessedOn);
        (assessment.Status, assessment.ClosedOn) = (AssessmentStatus.NotRequired, on);
    }

    /// <summary>As the service's left-care consumer does it: cancelled on the day care ended, by the system.</summary>
    public void CancelOnLeavingCare(HealthAssessmentRow assessment, DateOnly on, Guid periodOfCareId)
    {
        assessment.Events.Add(new AssessmentEventRow
        {
            AssessmentId = assessment.Id,
            ClientRequestId = $"left-care:{periodOfCareId}:{assessment.Id}",
            Kind = AssessmentEventKind.Cancelled,
            OccurredOn = on,
            Reason = LeftCare,
            RecordedBy = System,
            RecordedAt = At(on, 23),
        });
        (assessment.Status, assessment.ClosedOn) = (AssessmentStatus.Cancelled, on);
    }

    public static DateTimeOffset At(DateOnly day, int hour) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.Zero);

    public static DateOnly CreatedOn(HealthAssessmentRow assessment) => DateOnly.FromDateTime(assessment.CreatedAt.UtcDateTime);

    private void Record(HealthAssessmentRow assessment, AssessmentEventKind kind, DateOnly occurredOn, DateOnly recordedOn,
        string? clinician = null, string? role = null, string? reason = null, DateOnly? previouslyAssessedOn = null) =>
        assessment.Events.Add(new AssessmentEventRow
        {
            AssessmentId = assessment.Id,
            ClientRequestId = $"seed:{assessment.Id:N}:{assessment.Events.Count}",
            Kind = kind,
            OccurredOn = occurredOn,
            Clinician = clinician,
            ClinicianRole = role,
            Reason = reason,
            PreviouslyAssessedOn = previouslyAssessedOn,
            RecordedBy = Nurse,
            RecordedAt = At(recordedOn, random.Between(8, 17)),
        });
}
