using Microsoft.EntityFrameworkCore;
using Placements.Api.Infrastructure;

namespace Placements.Api.Queries;

/// <summary>Children looked after on a date, with the episode that held that day, filtered in the database.</summary>
public sealed class ChildRegisterQuery(PlacementsDbContext db)
{
    public IQueryable<ChildOnDate> LookedAfterOn(RegisterFilter filter) =>
        from child in db.Children.AsNoTracking()
        from period in child.PeriodsOfCare
        from episode in period.Episodes
        where episode.StartsOn <= filter.LookedAfterOn && (episode.EndsOn == null || episode.EndsOn > filter.LookedAfterOn)
            && (filter.PlacementType == null || episode.PlacementType == filter.PlacementType)
            && (filter.OutOfArea == null || episode.IsOutOfArea == filter.OutOfArea)
        orderby child.FamilyName, child.GivenName, child.Id
        select new ChildOnDate(child.Id, child.CaseReference, child.GivenName, child.FamilyName, child.DateOfBirth, child.Sex,
            period.StartedOn, episode.LegalStatus, episode.PlacementType, episode.PlacementAuthorityCode, episode.IsOutOfArea);

    /// <summary>Periods and episodes only, in one round trip: what the gRPC record carries.</summary>
    public Task<ChildRow?> CareHistoryAsync(Guid childId, CancellationToken cancellationToken) =>
        CareHistoryQuery(db, childId, cancellationToken);

    // Compiled once: GetChild is the hottest read, and as an ordinary LINQ query it was looked up in EF's cache and had
    // parts of its Include shaper rebuilt by reflection on every call (about 11 KB of the request's allocations).
    private static readonly Func<PlacementsDbContext, Guid, CancellationToken, Task<ChildRow?>> CareHistoryQuery =
        EF.CompileAsyncQuery((PlacementsDbContext db, Guid childId, CancellationToken _) =>
            db.Children.AsNoTracking()
                .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
                .AsSingleQuery()
                .SingleOrDefault(c => c.Id == childId));

    public Task<ChildRow?> TimelineAsync(Guid childId, CancellationToken cancellationToken) =>
        db.Children.AsNoTracking()
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .Include(c => c.SocialWorkerAllocations)
            .Include(c => c.Corrections)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == childId, cancellationToken);
}
