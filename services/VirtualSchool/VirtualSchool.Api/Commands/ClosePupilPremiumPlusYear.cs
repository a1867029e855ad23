using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>
/// The year-end return: the pot, unspent retained money and every unpaid allocation go back to DfE, and the year's
/// ledger closes to every further movement (docs/virtual-school.md §10.5).
/// </summary>
public sealed class ClosePupilPremiumPlusYearHandler(PupilPremiumPlusBook book, TimeProvider clock)
{
    public sealed record Body(string? Why);

    public async Task<LedgerPosting> HandleAsync(FinancialYear year, Body body, string by, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        string why = PupilPremiumPlusInput.Why(errors, body.Why);
        errors.ThrowIfAny();
        return await book.PostAsync(year, ledger => ledger.CloseYear(new LedgerAudit(by, clock.GetUtcNow(), why)), null, cancellationToken);
    }
}
