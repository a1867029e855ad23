using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// The unpaid part of an allocation taken back into the pot (the pupil left care, or the school, or the need is gone),
/// or moved to the pupil's new school when <see cref="Body.NewUrn"/> is given (docs/virtual-school.md §10.5).
/// </summary>
public sealed class ClawBackPupilPremiumPlusHandler(VirtualSchoolDbContext db, PupilPremiumPlusBook book, TimeProvider clock)
{
    public sealed record Body(string? Why, string? NewUrn, IReadOnlyList<string?>? TargetIds);

    public async Task<LedgerPosting> HandleAsync(FinancialYear year, Guid allocationId, Body body, string by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        string why = PupilPremiumPlusInput.Why(errors, body.Why);
        string? newUrn = errors.Optional("newUrn", body.NewUrn, maxLength: 7, TextKind.Reference);
        if (newUrn is not null && !SchoolDetails.IsUrn(newUrn))
        {
            errors.Add("newUrn", "must be a school's URN: 6 or 7 digits.");
        }
        var targets = (body.TargetIds ?? []).Select((id, i) => errors.RequiredGuid($"targetIds[{i}]", id)).ToList();
        errors.ThrowIfAny();

        if (newUrn is null)
        {
            if (targets.Count > 0)
        {
            var pupilId = await db.Set<PupilPremiumPlusPostingRow>().AsNoTracking()
                .Where(p => p.FinancialYear == year.Name && p.AllocationId == allocationId).Select(p => p.PupilId).FirstOrDefaultAsync(cancellationToken);
            if (pupilId is { } pupil)
            {
                await PupilPepTargets.CheckFundableAsync(db, pupil, targets, cancellationToken);
            }
        }
        return await book.PostAsync(year, ledger => ledger.ClawBack(allocationId, new LedgerAudit(by, clock.GetUtcNow(), why)), null, cancellationToken);
        }
        if (targets.Count > 0)
        {
            var pupilId = await db.Set<PupilPremiumPlusPostingRow>().AsNoTracking()
                .Where(p => p.FinancialYear == year.Name && p.AllocationId == allocationId).Select(p => p.PupilId).FirstOrDefaultAsync(cancellationToken);
            if (pupilId is { } pupil)
            {
                await PupilPepTargets.CheckFundableAsync(db, pupil, targets, cancellationToken);
            }
        }
        return await book.PostAsync(year,
            ledger => ledger.Reallocate(allocationId, Guid.CreateVersion7(), newUrn, targets, new LedgerAudit(by, clock.GetUtcNow(), why)),
            (_, made) => db.AddPupilPremiumPlusAllocated(year, made),
            cancellationToken);
    }
}
