using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Hosting;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Sweeps;

/// <summary>
/// Makes this financial year's Pupil Premium Plus follow the child (docs/virtual-school.md §10.8): the unpaid part of an
/// allocation for a pupil who has left care goes back to the pot; for a pupil whose main school today is another one, it
/// moves to a new allocation there (publishing <c>PupilPremiumPlusAllocated</c>). Each movement is checked against the
/// ledger as it stands, so a second sweep, or staff who did it first, find nothing unpaid and the sweep moves on.
/// </summary>
public sealed class PupilPremiumPlusSweep(VirtualSchoolDbContext db, PupilPremiumPlusBook book, TimeProvider clock, ILogger<PupilPremiumPlusSweep> logger)
    : IPeriodicSweep
{
    public const string By = "PP+ sweep";

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var (clawedBack, reallocated) = await RunAsync(clock.Today(), cancellationToken);
        if (clawedBack + reallocated > 0)
        {
            logger.LogInformation("PP+ sweep: {ClawedBack} allocations clawed back (left care), {Reallocated} moved to a new school", clawedBack, reallocated);
        }
    }

    public async Task<(int ClawedBack, int Reallocated)> RunAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var year = FinancialYear.Containing(today);
        if (!await db.Set<PupilPremiumPlusYearRow>().AnyAsync(y => y.FinancialYear == year.Name, cancellationToken))
        {
            return (0, 0);
        }
        var (_, ledger) = await book.LoadAsync(year, cancellationToken);
        if (ledger.IsClosed)
        {
            return (0, 0);
        }
        var unpaid = ledger.Allocations.Where(a => ledger.OutstandingOn(a.Id).IsPositive).ToList();
        var pupilIds = unpaid.Select(a => a.PupilId).Distinct().ToList();
        var pupils = await db.Pupils.AsNoTracking().Where(p => pupilIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => new { p.IsCurrent, p.LeftCareOn }, cancellationToken);
        var schools = await ListPupilsHandler.CurrentSchoolsAsync(db, pupilIds, today, cancellationToken);

        int clawedBack = 0, reallocated = 0;
        foreach (var allocation in unpaid)
        {
            var pupil = pupils.GetValueOrDefault(allocation.PupilId);
            if (pupil is null || !pupil.IsCurrent)
            {
                var why = $"Left care{(pupil?.LeftCareOn is { } left ? $" on {left:yyyy-MM-dd}" : "")}: the unpaid part returns to the pot.";
                clawedBack += await MoveAsync(year, ledger => ledger.ClawBack(allocation.Id, new LedgerAudit(By, clock.GetUtcNow(), why)), cancellationToken);
            }
            else if (schools.GetValueOrDefault(allocation.PupilId) is { } school && school.Urn != allocation.Urn)
            {
                var why = $"Changed school to {school.Name} (URN {school.Urn}): the unpaid part follows the pupil.";
                reallocated += await MoveAsync(year,
                    ledger => ledger.Reallocate(allocation.Id, Guid.CreateVersion7(), school.Urn, [], new LedgerAudit(By, clock.GetUtcNow(), why)),
                    cancellationToken, (_, made) => db.AddPupilPremiumPlusAllocated(year, made));
            }
        }
        return (clawedBack, reallocated);
    }

    /// <summary>1 when the movement was posted, 0 when the ledger as it now stands refuses it (already moved by someone else).</summary>
    private async Task<int> MoveAsync(
        FinancialYear year, Func<PupilPremiumPlusLedger, LedgerPosting> make, CancellationToken cancellationToken,
        Action<PupilPremiumPlusLedger, LedgerPosting>? alongside = null)
    {
        try
        {
            await book.PostAsync(year, make, alongside, cancellationToken);
            return 1;
        }
        catch (VirtualSchoolRuleViolation)
        {
            return 0;
        }
    }
}
