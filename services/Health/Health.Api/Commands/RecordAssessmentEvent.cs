using CorporateParenting.Calendar;
using CorporateParenting.Audit;
using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Grpc;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Commands;

/// <summary>health.v1 <c>RecordAssessmentEvent</c>: one step of an assessment's lifecycle, idempotent on its client request id.</summary>
public sealed record RecordAssessmentEventCommand(Guid AssessmentId, AssessmentEventRow Event)
{
    /// <summary>Checks the request field by field: every problem is reported at once as InvalidArgument.</summary>
    public static RecordAssessmentEventCommand From(RecordAssessmentEventRequest request, string recordedBy, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var today = now.UtcDate();
        var clientRequestId = errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference);
        var assessmentId = errors.RequiredGuid("assessment_id", request.AssessmentId);
        var kind = ProtoEnum.Parse<AssessmentEventKind>(errors, "event", request.Event);
        var occurredOn = kind == AssessmentEventKind.NotRequired && string.IsNullOrWhiteSpace(request.OccurredOn)
            ? today
            : errors.RequiredDate("occurred_on", request.OccurredOn, kind == AssessmentEventKind.Booked ? DateKind.Appointment : DateKind.Event, today);
        string? clinician = null, role = null, reason = null;
        DateOnly? previouslyAssessedOn = null;
        switch (kind)
        {
            case AssessmentEventKind.Booked:
                clinician = errors.Required("clinician", request.Clinician, kind: TextKind.PersonName);
                break;
            case AssessmentEventKind.Completed:
                clinician = errors.Required("clinician", request.Clinician, kind: TextKind.PersonName);
                role = ProtoEnum.Parse<ClinicianRole>(errors, "clinician_role", request.ClinicianRole)?.ToString();
                break;
            case AssessmentEventKind.Declined or AssessmentEventKind.Cancelled:
                reason = errors.Required("reason", request.Reason, maxLength: 1000, TextKind.Paragraphs);
                break;
            case AssessmentEventKind.NotRequired:
                previouslyAssessedOn = errors.RequiredDate("previously_assessed_on", request.PreviouslyAssessedOn, DateKind.Event, today);
                break;
        }
        errors.ThrowIfAny();
        return new RecordAssessmentEventCommand(assessmentId, new AssessmentEventRow
        {
            AssessmentId = assessmentId,
            ClientRequestId = clientRequestId,
            Kind = kind!.Value,
            OccurredOn = occurredOn,
            Clinician = clinician,
            ClinicianRole = role,
            Reason = reason,
            PreviouslyAssessedOn = previouslyAssessedOn,
            RecordedBy = recordedBy,
            RecordedAt = now,
        });
    }
}

/// <summary>
/// Loads the assessment with its history, replays it through the domain with the new event, follows up the outcome
/// (the next review, a charge, <c>HealthAssessmentCompleted</c>) and saves it all in one transaction, so a retry
/// finds the whole result or nothing.
/// </summary>
public sealed class RecordAssessmentEventHandler(HealthDbContext db, AssessmentOutcomes outcomes, IAuditTrail audit, TimeProvider clock)
{
    public async Task<HealthAssessmentRow> HandleAsync(RecordAssessmentEventCommand command, CancellationToken cancellationToken)
    {
        var (assessmentId, recorded) = command;
        if (await db.EarlierEventAsync(recorded.ClientRequestId, cancellationToken) is { } earlier)
        {
            return await db.RetriedAsync(earlier, a => a.Id == assessmentId, "assessment", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var assessment = await db.Assessments.Include(a => a.Events).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
            ?? throw new NotFoundException("Assessment", assessmentId);
        await outcomes.ApplyAsync(assessment, recorded, clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(new AuditEntry($"health.v1.Health/RecordAssessmentEvent {recorded.Kind}", "health-assessment",
            assessment.ChildId, assessment.Id.ToString()), cancellationToken);
        return await db.SaveOnceAsync(transaction, assessment, () => HandleAsync(command, cancellationToken), cancellationToken);
    }
}
