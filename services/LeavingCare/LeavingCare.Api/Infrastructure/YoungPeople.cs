using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Infrastructure;

/// <summary>The young people's rows, each locked (<c>FOR UPDATE</c>) while an event or the sweep changes it, so two never interleave.</summary>
public static class YoungPeople
{
    /// <summary>
    /// The child's row, locked; created the first time (by whichever of two concurrent events gets there first) with the
    /// names and date of birth the event carries; names filled in later if the first event had none. The date of birth
    /// changes only by a correction.
    /// </summary>
    public static async Task<YoungPersonRow> LockAsync(
        LeavingCareDbContext db, Guid childId, string givenName, string familyName, DateOnly dateOfBirth, DateTimeOffset now, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO young_people (id, given_name, family_name, date_of_birth, changes, category, in_education_or_training, updated_at)
            VALUES ({childId}, {givenName}, {familyName}, {dateOfBirth}, '[]'::jsonb, 'none', false, {now})
            ON CONFLICT (id) DO NOTHING
            """, ct);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM young_people WHERE id = {childId} FOR UPDATE", ct);
        var person = await db.YoungPeople.SingleAsync(p => p.Id == childId, ct);
        if (person.GivenName.Length == 0 && givenName.Length > 0)
        {
            (person.GivenName, person.FamilyName) = (givenName, familyName);
        }
        return person;
    }

    /// <summary>The personal adviser allocated now to each of <paramref name="ids"/> that has one, by name.</summary>
    public static Task<Dictionary<Guid, string>> AdviserNamesAsync(LeavingCareDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        (from allocation in db.Set<AdviserAllocationRow>().AsNoTracking()
         join adviser in db.Set<PersonalAdviserRow>().AsNoTracking() on allocation.AdviserId equals adviser.Id
         where allocation.To == null && ids.Contains(allocation.YoungPersonId)
         select new { allocation.YoungPersonId, adviser.Name }).ToDictionaryAsync(a => a.YoungPersonId, a => a.Name, ct);

    /// <summary>The child's row, locked, or null when no event about them has arrived yet.</summary>
    public static async Task<YoungPersonRow?> LockIfKnownAsync(LeavingCareDbContext db, Guid childId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM young_people WHERE id = {childId} FOR UPDATE", ct);
        return await db.YoungPeople.SingleOrDefaultAsync(p => p.Id == childId, ct);
    }
}
