using System.Linq.Expressions;
using CorporateParenting.Audit;
using CorporateParenting.Contracts.Health;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using Health.Api.Infrastructure;
using Health.Api.Model;
using Health.Domain;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Health.Api.Application;

/// <summary>
/// Records what happened to an assessment: checked against the lifecycle by replaying its history, stored with that
/// history, and — when an IHA or review is completed, declined or not required — the next review opened. One
/// transaction, so a retry either finds the whole result or nothing.
/// </summary>
public sealed class AssessmentRecorder(
    HealthDbContext db, AssessmentPlanner planner, IOptions<ChargeOptions> charges, IAuditTrail audit, TimeProvider clock)
{
    public async Task<HealthAssessment> RecordAsync(Guid assessmentId, AssessmentEventRecord recorded, CancellationToken cancellationToken)
    {
        if (await EarlierAsync(recorded.ClientRequestId, cancellationToken) is { } earlier)
        {
            return await RetriedAsync(earlier, a => a.Id == assessmentId, "assessment", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var assessment = await db.Assessments.Include(a => a.Events).SingleOrDefaultAsync(a => a.Id == assessmentId, cancellationToken)
            ?? throw new NotFoundException("Assessment", assessmentId);
        await ApplyAsync(assessment, recorded, $"health.v1.Health/RecordAssessmentEvent {recorded.Kind}", cancellationToken);
        return await CommitAsync(transaction, assessment, () => RecordAsync(assessmentId, recorded, cancellationToken), cancellationToken);
    }

    /// <summary>A check that has taken place (dental, optical, hearing, immunisations), recorded as a completed item of its own.</summary>
    public async Task<HealthAssessment> RecordCheckAsync(
        Guid childId, AssessmentKind kind, AssessmentEventRecord completed, bool? immunisationsUpToDate, CancellationToken cancellationToken)
    {
        if (await EarlierAsync(completed.ClientRequestId, cancellationToken) is { } earlier)
        {
            return await RetriedAsync(earlier, a => a.ChildId == childId && a.Kind == kind, "check", cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == childId, cancellationToken) ?? throw new NotFoundException("Child", childId);
        var check = planner.OpenCheck(child, kind, completed.OccurredOn);
        check.ImmunisationsUpToDate = kind == AssessmentKind.Immunisations ? immunisationsUpToDate : null;
        await ApplyAsync(check, completed, "health.v1.Health/RecordHealthCheck", cancellationToken);
        return await CommitAsync(transaction, check,
            () => RecordCheckAsync(childId, kind, completed, immunisationsUpToDate, cancellationToken), cancellationToken);
    }

    private Task<AssessmentEventRecord?> EarlierAsync(string clientRequestId, CancellationToken cancellationToken) =>
        db.AssessmentEvents.AsNoTracking().SingleOrDefaultAsync(e => e.ClientRequestId == clientRequestId, cancellationToken);

    private async Task ApplyAsync(HealthAssessment assessment, AssessmentEventRecord recorded, string auditAction, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        try
        {
            AssessmentReplay.Record(assessment, recorded, DateOnly.FromDateTime(now.UtcDateTime));
        }
        catch (HealthRuleViolation violation)
        {
            throw new RuleViolationException(violation.Message);
        }
        await OutcomeAsync(assessment, recorded, now, cancellationToken);
        await audit.RecordAsync(new AuditEntry(auditAction, "health-assessment", assessment.ChildId, assessment.Id.ToString()), cancellationToken);
    }

    private async Task<HealthAssessment> CommitAsync(
        IDbContextTransaction transaction, HealthAssessment assessment, Func<Task<HealthAssessment>> retry, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return assessment;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // The same request raced itself: the first one's result stands.
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return await retry();
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new ConflictException("Someone else recorded against this assessment at the same moment; reload it and record again if still needed.");
        }
    }

    /// <summary>
    /// After an outcome: the next review is opened (convention 4 counts from the last assessment; a declined one is offered
    /// again at the same interval, and "not required" counts from the earlier assessment that made it so), a completion is
    /// announced, and for a child placed here by another authority a completed review is charged to it instead.
    /// </summary>
    private async Task OutcomeAsync(HealthAssessment assessment, AssessmentEventRecord recorded, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (recorded.Kind is not (AssessmentEventKind.Completed or AssessmentEventKind.Declined or AssessmentEventKind.NotRequired))
        {
            return;
        }
        var completed = recorded.Kind == AssessmentEventKind.Completed
            ? new HealthAssessmentCompleted(assessment.Id, assessment.ChildId, assessment.Kind.ToString(), recorded.OccurredOn,
                recorded.ClinicianRole!, recorded.OccurredOn <= assessment.DueOn, NextReviewDueOn: null, now)
            : null;
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == assessment.ChildId, cancellationToken);
        if (child?.PlacingAuthorityCode is { } placingAuthority)
        {
            // Placed here by another authority: it asks for each review, and pays for each one done.
            if (completed is not null && assessment.Kind == AssessmentKind.Review)
            {
                db.Charges.Add(new ChargeRecord
                {
                    Id = Guid.CreateVersion7(), AssessmentId = assessment.Id, ChildId = child.Id, PlacingAuthorityCode = placingAuthority,
                    CompletedOn = recorded.OccurredOn, Amount = charges.Value.ReviewHealthAssessmentTariff, CreatedAt = now,
                });
            }
        }
        else if (assessment.Kind is AssessmentKind.Initial or AssessmentKind.Review && child is not null
            && !await PeriodEndedAsync(assessment.PeriodOfCareId, cancellationToken))
        {
            var from = recorded.Kind == AssessmentEventKind.NotRequired ? recorded.PreviouslyAssessedOn!.Value : recorded.OccurredOn;
            if (from < child.DateOfBirth)
            {
                throw new RuleViolationException(
                    $"The earlier assessment's date, {from:yyyy-MM-dd}, is before the child's date of birth, {child.DateOfBirth:yyyy-MM-dd}.");
            }
            var nextReview = planner.OpenNextReview(child, assessment, from);
            completed = completed is null ? null : completed with { NextReviewDueOn = nextReview.DueOn };
        }
        if (completed is not null)
        {
            db.AddIntegrationEvent(completed);
        }
    }

    private Task<bool> PeriodEndedAsync(Guid? periodOfCareId, CancellationToken cancellationToken) =>
        db.PeriodsOfCare.AnyAsync(p => p.Id == periodOfCareId && p.EndedOn != null, cancellationToken);

    private async Task<HealthAssessment> RetriedAsync(
        AssessmentEventRecord earlier, Expression<Func<HealthAssessment, bool>> sameTarget, string what, CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking().Where(a => a.Id == earlier.AssessmentId).Where(sameTarget).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException(
                $"client_request_id '{earlier.ClientRequestId}' was already used for another {what}; use a new id for a new request.");
}
