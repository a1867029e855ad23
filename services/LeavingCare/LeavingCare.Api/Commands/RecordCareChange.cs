using CorporateParenting.Calendar;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Commands;

/// <summary>
/// What every Placements event does here (docs/leaving-care.md §2.1): the child's row locked (created the first time),
/// the history changed by the event's fact, and the category evaluated for today at once.
/// </summary>
public sealed class RecordCareChange(LeavingCareDbContext db, TimeProvider clock)
{
    public async Task ApplyAsync(
        Guid childId, string givenName, string familyName, DateOnly dateOfBirth,
        Func<IReadOnlyList<CareChange>, IReadOnlyList<CareChange>> change, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        Apply(await YoungPeople.LockAsync(db, childId, givenName, familyName, dateOfBirth, now, ct), change);
    }

    /// <summary>The same for a row already locked.</summary>
    public void Apply(YoungPersonRow person, Func<IReadOnlyList<CareChange>, IReadOnlyList<CareChange>> change)
    {
        person.Changes = CareChangesJson.Write(change(CareChangesJson.Read(person.Changes)));
        CareLeaverStatusEvaluation.Evaluate(db, person, clock.Today(), CareLeaverStatusEvaluation.ByEvent, clock.GetUtcNow());
    }
}
