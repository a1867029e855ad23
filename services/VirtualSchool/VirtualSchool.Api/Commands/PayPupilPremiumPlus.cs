using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>A payment released to the school against an allocation; never more than is still allocated (docs/virtual-school.md §10.5).</summary>
public sealed class PayPupilPremiumPlusHandler(PupilPremiumPlusBook book, TimeProvider clock)
{
    public sealed record Body(decimal? Amount, string? Why);

    public async Task<LedgerPosting> HandleAsync(FinancialYear year, Guid allocationId, Body body, string by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Money amount = PupilPremiumPlusInput.Amount(errors, body.Amount);
        string why = PupilPremiumPlusInput.Why(errors, body.Why);
        errors.ThrowIfAny();
        return await book.PostAsync(year, ledger => ledger.Pay(allocationId, amount, new LedgerAudit(by, clock.GetUtcNow(), why)), null, cancellationToken);
    }
}
