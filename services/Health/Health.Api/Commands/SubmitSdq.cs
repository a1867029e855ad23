using CorporateParenting.Calendar;
using CorporateParenting.Audit;
using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Grpc;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Commands;

/// <summary>health.v1 <c>SubmitSdq</c> (and <c>POST /api/children/{id}/sdqs</c>): one questionnaire, idempotent on its client request id.</summary>
public sealed record SubmitSdqCommand(string ClientRequestId, Guid ChildId, SdqQuestionnaire Questionnaire)
{
    public static SubmitSdqCommand From(SubmitSdqRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var clientRequestId = errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference);
        var childId = errors.RequiredGuid("child_id", request.ChildId);
        var completedOn = errors.RequiredDate("completed_on", request.CompletedOn, DateKind.Event, today);
        var informant = ProtoEnum.Parse<SdqInformant>(errors, "informant", request.Informant);
        var form = ProtoEnum.Parse<SdqForm>(errors, "form", request.Form);
        var completedBy = errors.Required("completed_by", request.CompletedBy, kind: TextKind.PersonName);
        if (request.Responses.Count != SdqItem.All.Count)
        {
            errors.Add("responses", $"must have exactly {SdqItem.All.Count} responses in item order; got {request.Responses.Count}.");
        }
        for (var i = 0; i < request.Responses.Count; i++)
        {
            if (request.Responses[i] is < -1 or > 2)
            {
                errors.Add($"responses[{i}]", $"item {i + 1} must be 0, 1 or 2, or -1 when not answered; got {request.Responses[i]}.");
            }
        }
        errors.ThrowIfAny();
        var responses = new SdqResponses([.. request.Responses.Select(r => r < 0 ? (int?)null : r)]);
        return new SubmitSdqCommand(clientRequestId, childId, new SdqQuestionnaire(completedOn, informant!.Value, form!.Value, completedBy, responses));
    }
}

/// <summary>Scores and stores an SDQ; a total of 17 or more publishes <c>SdqScored</c> so other teams can act.</summary>
public sealed class SubmitSdqHandler(HealthDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<SdqRow> HandleAsync(SubmitSdqCommand command, CancellationToken cancellationToken)
    {
        var (clientRequestId, childId, questionnaire) = command;
        if (await db.Sdqs.AsNoTracking().SingleOrDefaultAsync(s => s.ClientRequestId == clientRequestId, cancellationToken) is { } earlier)
        {
            return earlier.ChildId == childId
                ? earlier
                : throw new ConflictException($"client_request_id '{clientRequestId}' was already used for another child; use a new id for a new SDQ.");
        }
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, cancellationToken)
            ?? throw new NotFoundException("Child", childId);
        var now = clock.GetUtcNow();
        if (questionnaire.CompletedOn > now.UtcDate())
        {
            throw new HealthRuleViolation("The SDQ's completion date is in the future; record it on or after the day it was completed.");
        }
        if (questionnaire.CompletedOn < child.DateOfBirth)
        {
            throw new HealthRuleViolation("The SDQ's completion date is before the child's date of birth.");
        }

        var record = SdqRow.Scored(Guid.CreateVersion7(), childId, clientRequestId, questionnaire, now);
        db.Sdqs.Add(record);
        if (questionnaire.Scores.IsCauseForConcern)
        {
            db.AddSdqScored(record, now);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("SubmitSdq", "sdq", childId, record.Id.ToString()), cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await HandleAsync(command, cancellationToken);
        }
        return record;
    }
}
