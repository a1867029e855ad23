using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// The most a pupil may be allocated this year, above or below the default (a school may receive more or less than the
/// per-child amount: docs/virtual-school.md §3.3, §10.5); never below what is already allocated to them.
/// </summary>
public sealed class SetPupilPremiumPlusBudgetHandler(VirtualSchoolDbContext db, PupilPremiumPlusBook book, TimeProvider clock)
{
    public sealed record Body(decimal? Budget, string? Why);

    public async Task<LedgerPosting> HandleAsync(FinancialYear year, Guid pupilId, Body body, string by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Money budget = PupilPremiumPlusInput.Pounds(errors, "budget", body.Budget, "is required: pounds from 0, to the penny.", allowZero: true);
        string why = PupilPremiumPlusInput.Why(errors, body.Why);
        errors.ThrowIfAny();
        if (!await db.Pupils.AnyAsync(p => p.Id == pupilId && p.Responsibility == PupilRow.Ours, cancellationToken))
        {
            throw new NotFoundException("Pupil", pupilId);
        }
        return await book.PostAsync(year,
            ledger => ledger.SetPupilBudget(pupilId, budget, new LedgerAudit(by, clock.GetUtcNow(), why)), null, cancellationToken);
    }
}
