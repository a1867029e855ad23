using CorporateParenting.Reporting;
using LeavingCare.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Queries;

/// <summary>How many young people are in each category, as last evaluated; counts below the threshold shown as "c" for the Board.</summary>
public sealed record StatusFigures(IReadOnlyDictionary<string, string> ByCategory, int? SuppressedBelow);

public sealed class GetStatusFiguresHandler(LeavingCareDbContext db)
{
    public async Task<StatusFigures> HandleAsync(int? smallNumberThreshold, CancellationToken ct)
    {
        var counts = await db.YoungPeople.AsNoTracking().Where(p => p.Category != "none").GroupBy(p => p.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new StatusFigures(
            CareLeaverCategories.All.Where(c => c != "none").ToDictionary(c => c, c =>
            {
                var count = counts.GetValueOrDefault(c);
                return smallNumberThreshold is { } threshold ? SmallNumbers.Show(count, threshold) : $"{count}";
            }),
            smallNumberThreshold);
    }
}
