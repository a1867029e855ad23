using Health.Api.Infrastructure;
using Health.Api.Model;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Application;

/// <summary>Keeps Health's copy of a child in step with Placements' events, whatever order they arrive in.</summary>
public static class HealthChildren
{
    /// <summary>Adds the child, or applies these details if they are newer than the ones held.</summary>
    public static async Task<HealthChild> UpsertAsync(
        HealthDbContext db, Guid childId, string givenName, string familyName, DateOnly dateOfBirth,
        string placementAuthorityCode, bool isOutOfArea, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var child = await db.Children.Include(c => c.PeriodsOfCare).SingleOrDefaultAsync(c => c.Id == childId, cancellationToken);
        if (child is null)
        {
            child = new HealthChild
            {
                Id = childId, GivenName = givenName, FamilyName = familyName, DateOfBirth = dateOfBirth,
                PlacementAuthorityCode = placementAuthorityCode, IsOutOfArea = isOutOfArea,
                Team = HealthChild.TeamFor(isOutOfArea), UpdatedFrom = occurredAt,
            };
            db.Children.Add(child);
            return child;
        }

        if (occurredAt > child.UpdatedFrom)
        {
            child.GivenName = givenName;
            child.FamilyName = familyName;
            child.DateOfBirth = dateOfBirth;
            child.PlacementAuthorityCode = placementAuthorityCode;
            child.IsOutOfArea = isOutOfArea;
            child.Team = HealthChild.TeamFor(isOutOfArea);
            child.UpdatedFrom = occurredAt;
        }
        return child;
    }

    public static async Task<CarePeriodRecord> PeriodAsync(HealthDbContext db, HealthChild child, Guid periodOfCareId, CancellationToken cancellationToken)
    {
        var period = child.PeriodsOfCare.SingleOrDefault(p => p.Id == periodOfCareId)
            ?? await db.PeriodsOfCare.SingleOrDefaultAsync(p => p.Id == periodOfCareId, cancellationToken);
        if (period is null)
        {
            period = new CarePeriodRecord { Id = periodOfCareId, ChildId = child.Id };
            child.PeriodsOfCare.Add(period);
        }
        return period;
    }
}
