using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>Retained (top-sliced) money spent, on what <c>why</c> says; never more than is retained (docs/virtual-school.md §10.5).</summary>
public sealed class SpendRetainedPupilPremiumPlusHandler(PupilPremiumPlusBook book, TimeProvider clock)
{
    public sealed record Body(decimal? Amount, string? Why);

    public async Task<LedgerPosting> HandleAsync(FinancialYear year, Body body, string by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Money amount = PupilPremiumPlusInput.Amount(errors, body.Amount);
        string why = PupilPremiumPlusInput.Why(errors, body.Why);
        errors.ThrowIfAny();
        return await book.PostAsync(year, ledger => ledger.SpendRetained(amount, new LedgerAudit(by, clock.GetUtcNow(), why)), null, cancellationToken);
    }
}
