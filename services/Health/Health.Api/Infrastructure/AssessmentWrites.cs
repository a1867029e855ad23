using System.Linq.Expressions;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Health.Api.Infrastructure;

/// <summary>What is recorded against an assessment is saved once: a retry finds the first result, a race retries on it.</summary>
public static class AssessmentWrites
{
    public static Task<AssessmentEventRow?> EarlierEventAsync(this HealthDbContext db, string clientRequestId, CancellationToken cancellationToken) =>
        db.AssessmentEvents.AsNoTracking().SingleOrDefaultAsync(e => e.ClientRequestId == clientRequestId, cancellationToken);

    /// <summary>The assessment an earlier request with the same id recorded against, if it was this same target.</summary>
    public static async Task<HealthAssessmentRow> RetriedAsync(
        this HealthDbContext db, AssessmentEventRow earlier, Expression<Func<HealthAssessmentRow, bool>> sameTarget, string what,
        CancellationToken cancellationToken) =>
        await db.Assessments.AsNoTracking().Where(a => a.Id == earlier.AssessmentId).Where(sameTarget).SingleOrDefaultAsync(cancellationToken)
            ?? throw new ConflictException(
                $"client_request_id '{earlier.ClientRequestId}' was already used for another {what}; use a new id for a new request.");

    public static async Task<HealthAssessmentRow> SaveOnceAsync(
        this HealthDbContext db, IDbContextTransaction transaction, HealthAssessmentRow assessment, Func<Task<HealthAssessmentRow>> retry,
        CancellationToken cancellationToken)
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
}
