using CorporateParenting.Audit;
using CorporateParenting.Contracts.Health;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using Health.Api.Infrastructure;
using Health.Api.Model;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Application;

/// <summary>Scores and stores an SDQ; a total of 17 or more publishes <see cref="SdqScored"/> so other teams can act.</summary>
public sealed class SdqSubmissions(HealthDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<SdqRecord> SubmitAsync(string clientRequestId, Guid childId, SdqQuestionnaire questionnaire, CancellationToken cancellationToken)
    {
        if (await db.Sdqs.AsNoTracking().SingleOrDefaultAsync(s => s.ClientRequestId == clientRequestId, cancellationToken) is { } earlier)
        {
            return earlier.ChildId == childId
                ? earlier
                : throw new ConflictException($"client_request_id '{clientRequestId}' was already used for another child; use a new id for a new SDQ.");
        }
        var child = await db.Children.AsNoTracking().SingleOrDefaultAsync(c => c.Id == childId, cancellationToken)
            ?? throw new NotFoundException("Child", childId);
        var now = clock.GetUtcNow();
        if (questionnaire.CompletedOn > DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new RuleViolationException("The SDQ's completion date is in the future; record it on or after the day it was completed.");
        }
        if (questionnaire.CompletedOn < child.DateOfBirth)
        {
            throw new RuleViolationException("The SDQ's completion date is before the child's date of birth.");
        }

        var record = SdqRecord.Scored(Guid.CreateVersion7(), childId, clientRequestId, questionnaire, now);
        var scores = questionnaire.Scores;
        db.Sdqs.Add(record);
        if (scores.IsCauseForConcern)
        {
            db.AddIntegrationEvent(new SdqScored(record.Id, childId, record.CompletedOn, record.Informant.ToString(),
                scores.TotalDifficulties!.Value, scores.Band!.Value.ToString(), now));
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
            return await SubmitAsync(clientRequestId, childId, questionnaire, cancellationToken);
        }
        return record;
    }
}
