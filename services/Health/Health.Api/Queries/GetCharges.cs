using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Queries;

/// <summary><c>GET /api/charges</c>: one placing authority's charges in a period.</summary>
public sealed record GetChargesQuery(string PlacingAuthorityCode, DateOnly Start, DateOnly End)
{
    public static GetChargesQuery From(string? authority, string? from, string? to, DateOnly today)
    {
        var errors = new FieldErrors();
        var code = errors.Required("authority", authority, maxLength: 9);
        if (code.Length > 0 && !OnsAuthorityCode.IsValid(code))
        {
            errors.Add("authority", "must be an ONS local authority code such as E10000007.");
        }
        var start = errors.RequiredDate("from", from, DateKind.Event, today);
        var end = errors.RequiredDate("to", to, DateKind.Event, today);
        if (start > end && end != default)
        {
            errors.Add("to", "must be on or after from.");
        }
        errors.ThrowIfAny();
        return new GetChargesQuery(code, start, end);
    }
}

public sealed record ChargeStatement(string PlacingAuthorityCode, DateOnly From, DateOnly To, IReadOnlyList<ChargeRow> Items, decimal Total);

/// <summary>What one placing authority owes for the reviews completed in a period, both ends included.</summary>
public sealed class GetChargesHandler(HealthDbContext db)
{
    public async Task<ChargeStatement> HandleAsync(GetChargesQuery query, CancellationToken cancellationToken)
    {
        var (placingAuthorityCode, from, to) = query;
        var items = await db.Charges.AsNoTracking()
            .Where(c => c.PlacingAuthorityCode == placingAuthorityCode && c.CompletedOn >= from && c.CompletedOn <= to)
            .OrderBy(c => c.CompletedOn).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
        return new ChargeStatement(placingAuthorityCode, from, to, items, items.Sum(c => c.Amount));
    }
}
