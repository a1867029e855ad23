using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Infrastructure;

namespace LeavingCare.Api.Commands;

/// <summary>PUT /api/leaving-care/young-people/{id}/determination: why the young person would have been eligible.</summary>
public sealed record RecordDeterminationRequest(string? Reason);

/// <summary>
/// Records that a young person would have been eligible but for being detained or in hospital on their 16th birthday
/// (docs/leaving-care.md §2), with the reason, who and when; it stands for the 13-week test while they are not looked
/// after, and the category is evaluated again at once. Recording it again replaces the reason; withdrawing it (recorded
/// in error, or the young person was not in fact detained or in hospital) removes it and evaluates the category again,
/// the status history keeping what it gave meanwhile.
/// </summary>
public sealed class RecordDeterminationHandler(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Guid id, RecordDeterminationRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var reason = errors.Required("reason", request.Reason, maxLength: 500, TextKind.Paragraphs);
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var person = await YoungPeople.LockIfKnownAsync(db, id, ct) ?? throw new NotFoundException("Young person", id);
        (person.DeterminationReason, person.DeterminationBy, person.DeterminationOn) =
            (reason, PlatformClaims.SubjectOf(caller), clock.Today());
        CareLeaverStatusEvaluation.Evaluate(db, person, clock.Today(), CareLeaverStatusEvaluation.ByEvent, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }

    /// <returns>Whether there was a determination to withdraw.</returns>
    public async Task<bool> WithdrawAsync(Guid id, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var person = await YoungPeople.LockIfKnownAsync(db, id, ct) ?? throw new NotFoundException("Young person", id);
        if (person.DeterminationReason is null)
        {
            return false;
        }
        (person.DeterminationReason, person.DeterminationBy, person.DeterminationOn) = (null, null, null);
        CareLeaverStatusEvaluation.Evaluate(db, person, clock.Today(), CareLeaverStatusEvaluation.ByEvent, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
