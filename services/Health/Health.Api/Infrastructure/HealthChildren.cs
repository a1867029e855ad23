using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Infrastructure;

/// <summary>Keeps Health's copy of a child in step with Placements' events, whatever order they arrive in.</summary>
public static class HealthChildren
{
    /// <summary>Adds the child, or applies these details if they are newer than the ones held.</summary>
    public static async Task<HealthChildRow> UpsertAsync(
        HealthDbContext db, Guid childId, string givenName, string familyName, DateOnly dateOfBirth,
        string placementAuthorityCode, bool isOutOfArea, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        // Events about one child are consumed in parallel (entry, move, end); inserting here first, and doing nothing if
        // another consumer got there, lets each of them go on to update the same row instead of failing on its key.
        var team = HealthChildRow.TeamFor(isOutOfArea);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO children (id, given_name, family_name, date_of_birth, placement_authority_code, is_out_of_area, team, updated_from)
            VALUES ({childId}, {givenName}, {familyName}, {dateOfBirth}, {placementAuthorityCode}, {isOutOfArea}, {team}, {occurredAt})
            ON CONFLICT (id) DO NOTHING
            """, cancellationToken);
        // Held to the end of the consumer's transaction, so the newer-wins check below cannot race another consumer.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM children WHERE id = {childId} FOR UPDATE", cancellationToken);
        var child = await db.Children.Include(c => c.PeriodsOfCare).SingleAsync(c => c.Id == childId, cancellationToken);
        if (occurredAt > child.UpdatedFrom)
        {
            child.GivenName = givenName;
            child.FamilyName = familyName;
            child.DateOfBirth = dateOfBirth;
            child.PlacementAuthorityCode = placementAuthorityCode;
            child.IsOutOfArea = isOutOfArea;
            child.Team = HealthChildRow.TeamFor(isOutOfArea);
            child.UpdatedFrom = occurredAt;
        }
        return child;
    }

    public static async Task<CarePeriodRow> PeriodAsync(HealthDbContext db, HealthChildRow child, Guid periodOfCareId, CancellationToken cancellationToken)
    {
        var period = child.PeriodsOfCare.SingleOrDefault(p => p.Id == periodOfCareId)
            ?? await db.PeriodsOfCare.SingleOrDefaultAsync(p => p.Id == periodOfCareId, cancellationToken);
        if (period is null)
        {
            period = new CarePeriodRow { Id = periodOfCareId, ChildId = child.Id };
            child.PeriodsOfCare.Add(period);
        }
        return period;
    }
}
