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

/// <summary>health.v1 <c>RecordHealthCheck</c>: a check that has taken place, recorded as a completed item of its own.</summary>
public sealed record RecordHealthCheckCommand(Guid ChildId, AssessmentKind Kind, AssessmentEventRow Completed, bool? ImmunisationsUpToDate)
{
    public static readonly AssessmentKind[] CheckKinds = [AssessmentKind.Dental, AssessmentKind.Optical, AssessmentKind.Hearing, AssessmentKind.Immunisations];

    public static RecordHealthCheckCommand From(RecordHealthCheckRequest request, string recordedBy, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var today = now.UtcDate();
        var clientRequestId = errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference);
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        var kind = ProtoEnum.Parse<AssessmentKind>(errors, "kind", request.Kind);
        if (kind is { } k && !CheckKinds.Contains(k))
        {
            errors.Add("kind", $"must be one of {string.Join(", ", CheckKinds.Select(ProtoEnum.Name))}; assessments are recorded with RecordAssessmentEvent.");
        }
        var checkedOn = errors.RequiredDate("checked_on", request.CheckedOn, DateKind.Event, today);
        var checkedBy = errors.Required("checked_by", request.CheckedBy, kind: TextKind.PersonName);
        var role = ProtoEnum.Parse<ClinicianRole>(errors, "clinician_role", request.ClinicianRole);
        errors.ThrowIfAny();
        return new RecordHealthCheckCommand(childId, kind!.Value, new AssessmentEventRow
        {
            ClientRequestId = clientRequestId,
            Kind = AssessmentEventKind.Completed,
            OccurredOn = checkedOn,
            Clinician = checkedBy,
            ClinicianRole = role!.Value.ToString(),
            RecordedBy = recordedBy,
            RecordedAt = now,
        }, kind == AssessmentKind.Immunisations ? request.ImmunisationsUpToDate : null);
    }
}

/// <summary>Opens the check on its own date and completes it through the domain straight away, in one transaction.</summary>
public sealed class RecordHealthCheckHandler(
    HealthDbContext db, AssessmentPlanner planner, AssessmentOutcomes outcomes, IAuditTrail audit, TimeProvider clock)
{
    public async Task<HealthAssessmentRow> HandleAsync(RecordHealthCheckCommand command, CancellationToken cancellationToken)
    {
        var (childId, kind, completed, immunisationsUpToDate) = command;
        if (await db.EarlierEventAsync(completed.ClientRequestId, cancellationToken) is { } earlier)
        {
            return await db.RetriedAsync(earlier, a => a.ChildId == childId && a.Kind == kind, "check", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == childId, cancellationToken) ?? throw new NotFoundException("Child", childId);
        if (completed.OccurredOn < child.DateOfBirth)
        {
            throw new HealthRuleViolation($"The check on {completed.OccurredOn:yyyy-MM-dd} is before the child was born ({child.DateOfBirth:yyyy-MM-dd}).");
        }
        var check = planner.OpenCheck(child, kind, completed.OccurredOn);
        check.ImmunisationsUpToDate = kind == AssessmentKind.Immunisations ? immunisationsUpToDate : null;
        await outcomes.ApplyAsync(check, completed, clock.GetUtcNow(), cancellationToken);
        await audit.RecordAsync(new AuditEntry("health.v1.Health/RecordHealthCheck", "health-assessment", check.ChildId, check.Id.ToString()),
            cancellationToken);
        return await db.SaveOnceAsync(transaction, check, () => HandleAsync(command, cancellationToken), cancellationToken);
    }
}
