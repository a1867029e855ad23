using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Domain;

namespace Placements.Api.Application;

/// <summary>The board's placement figures: every child's stored history replayed once, then the domain's single-pass calculation.</summary>
public sealed class PlacementMeasuresQuery(PlacementsDbContext db, IOptions<AuthorityOptions> authority)
{
    public async Task<(PlacementMeasures Measures, MeasureParameters Parameters)> CalculateAsync(DateOnly asAt, DateOnly? periodStart, CancellationToken cancellationToken)
    {
        var parameters = new MeasureParameters(asAt, periodStart ?? CollectionYearStart(asAt), authority.Value.ChildPopulation, authority.Value.Code);
        var children = await db.Children.AsNoTracking()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.SocialWorkerAllocations)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var cohort = children
            .Select(child => new ChildCareRecord(
                CareHistoryStore.Rehydrate(child, authority.Value.Code),
                [.. child.SocialWorkerAllocations.Select(a => new Domain.SocialWorkerAllocation(a.StartsOn, a.EndsOn))]))
            .ToList();
        return (PlacementMeasuresCalculator.Calculate(cohort, parameters), parameters);
    }

    /// <summary>The SSDA903 year runs 1 April to 31 March.</summary>
    public static DateOnly CollectionYearStart(DateOnly asAt) =>
        new(asAt.Month >= 4 ? asAt.Year : asAt.Year - 1, 4, 1);
}
