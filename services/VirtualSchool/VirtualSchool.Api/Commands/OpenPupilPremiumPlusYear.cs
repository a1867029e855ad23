using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// Opens a financial year's Pupil Premium Plus (docs/virtual-school.md §10.8): our pupils eligible by convention 7 are
/// counted, the grant is their number times the configured rate, and it is received into the pot with the retained
/// share moved out of it, as the year's first postings.
/// </summary>
public sealed class OpenPupilPremiumPlusYearHandler(
    VirtualSchoolDbContext db, PupilPremiumPlusBook book, IOptions<PupilPremiumPlusOptions> options, TimeProvider clock)
{
    public async Task<PupilPremiumPlusGrant> HandleAsync(FinancialYear year, string openedBy, CancellationToken cancellationToken)
    {
        var rates = options.Value.ToRates();
        var rate = rates.For(year);
        int eligible = await EligiblePupilsAsync(year, cancellationToken);
        var grant = PupilPremiumPlusGrant.For(year, eligible, rates, options.Value.Retained);
        var audit = new LedgerAudit(openedBy, clock.GetUtcNow(), $"{year.Name}: {eligible} eligible pupils at {rate.PerChild}");
        await book.OpenAsync(
            new PupilPremiumPlusYearRow
            {
                FinancialYear = year.Name, RatePence = rate.PerChild.Pence, RetainedPerChildPence = grant.RetainedPerChild.Pence,
                DefaultPupilBudgetPence = grant.PerChildBudget.Pence, EligiblePupils = eligible, OpenedBy = openedBy, OpenedAt = audit.At,
            },
            ledger => [
                .. grant.Total.IsPositive ? [ledger.ReceiveGrant(grant.Total, audit)] : Array.Empty<LedgerPosting>(),
                .. grant.Retained.IsPositive ? [ledger.RetainShare(grant.Retained, audit with { Why = "Retained share (top-slice)" })] : Array.Empty<LedgerPosting>(),
            ],
            cancellationToken);
        return grant;
    }

    /// <summary>Our pupils looked after on at least one day of the year and aged 4 to 15 on the configured 31 August.</summary>
    private async Task<int> EligiblePupilsAsync(FinancialYear year, CancellationToken cancellationToken)
    {
        var candidates = await db.Pupils.AsNoTracking()
            .Where(p => p.Responsibility == PupilRow.Ours && p.InCareSince != null && p.InCareSince <= year.End
                && (p.LeftCareOn == null || p.LeftCareOn >= year.Start))
            .Select(p => new { p.DateOfBirth, Since = p.InCareSince!.Value, p.LeftCareOn })
            .ToListAsync(cancellationToken);
        return candidates.Count(p => PupilPremiumPlusEligibility
            .Decide(year, p.DateOfBirth, [new CarePeriod(p.Since, p.LeftCareOn)], options.Value.AgeReferenceDay).IsEligible);
    }
}
