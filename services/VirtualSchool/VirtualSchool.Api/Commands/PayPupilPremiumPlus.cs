using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.PupilPremiumPlus;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// A payment released to the school against an allocation (docs/virtual-school.md §10.6, §10.8): the configured release
/// policy decides whether it may be paid now (per term, on a request through one of the allocation's PEP targets, to one
/// of the term's bands; or only after an adequate PEP), and the ledger that it is never more than is still allocated.
/// </summary>
public sealed class PayPupilPremiumPlusHandler(
    VirtualSchoolDbContext db, PupilPremiumPlusBook book, SchoolTermCalendar calendar, IOptions<PupilPremiumPlusOptions> options,
    IOptions<PepQualityOptions> quality, TimeProvider clock)
{
    public sealed record Body(decimal? Amount, string? PepTargetId, string? Why);

    public async Task<LedgerPosting> HandleAsync(FinancialYear year, Guid allocationId, Body body, string by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Money amount = PupilPremiumPlusInput.Amount(errors, body.Amount);
        Guid? target = string.IsNullOrWhiteSpace(body.PepTargetId) ? null : errors.RequiredGuid("pepTargetId", body.PepTargetId);
        string why = PupilPremiumPlusInput.Why(errors, body.Why);
        errors.ThrowIfAny();

        var term = ReleaseTerm(clock.Today());
        var policy = options.Value.ToReleasePolicy();
        bool? adequate = policy.Kind == ReleasePolicyKind.AfterAdequatePep ? await LatestPepAdequateAsync(year, allocationId, cancellationToken) : null;
        return await book.PostAsync(year, ledger =>
        {
            var allocation = ledger.AllocationOf(allocationId);
            var released = PupilPremiumPlusReports.PaidToPupilBetween(ledger.Postings, allocation.PupilId, term.Starts, term.Ends);
            policy.Decide(allocation, new ReleaseRequest(amount, released, target, adequate)).ThrowIfRefused();
            return ledger.Pay(allocationId, amount, new LedgerAudit(by, clock.GetUtcNow(), why));
        }, null, cancellationToken);
    }

    /// <summary>The term a release counts in: the one today is in, or in a holiday the last one before it.</summary>
    private SchoolTerm ReleaseTerm(DateOnly today) =>
        calendar.TermContaining(today) ?? calendar.Terms.LastOrDefault(t => t.Ends < today)
        ?? throw new VirtualSchoolRuleViolation("No term dates are configured up to today: a term's release cannot be counted.");

    /// <summary>Whether the latest quality-assured PEP of the allocation's pupil is rated adequate; null when none is rated.</summary>
    private async Task<bool?> LatestPepAdequateAsync(FinancialYear year, Guid allocationId, CancellationToken cancellationToken)
    {
        var pupilId = await db.Set<PupilPremiumPlusPostingRow>().AsNoTracking()
            .Where(p => p.FinancialYear == year.Name && p.AllocationId == allocationId).Select(p => p.PupilId).FirstOrDefaultAsync(cancellationToken);
        var rating = await db.Set<PepRow>().AsNoTracking().Where(p => p.PupilId == pupilId && p.Rating != null)
            .OrderByDescending(p => p.AssessedAt).Select(p => p.Rating).FirstOrDefaultAsync(cancellationToken);
        return rating is null ? null : Enum.Parse<PepRating>(rating, ignoreCase: true) >= quality.Value.AdequateFrom;
    }
}
