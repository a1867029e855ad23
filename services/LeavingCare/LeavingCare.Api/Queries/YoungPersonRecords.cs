using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Api.Options;
using LeavingCare.Domain.StayingPut;
using LeavingCare.Domain.Worklist;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeavingCare.Api.Queries;

/// <summary>
/// What the service holds about young people, as the domain's <see cref="YoungPersonRecord"/> that decides their open
/// duties (docs/leaving-care.md §5.1): the day the duties began (from the status history), the adviser allocated now, the
/// pathway plan's steps, the open Staying Put arrangement and the last staying close assessment. One read per table for
/// any number of young people; the worklist and a young person's page both use it.
/// </summary>
public sealed class YoungPersonRecords(LeavingCareDbContext db, IOptions<StayingCloseOptions> stayingClose)
{
    public const string Team = "Leaving care team";
    public static readonly string[] Owed = ["eligible", "relevant", "former-relevant"];

    public async Task<IReadOnlyDictionary<Guid, (YoungPersonRecord Record, string? Adviser)>> ForAsync(IReadOnlyList<YoungPersonRow> people, CancellationToken ct)
    {
        var ids = people.Select(p => p.Id).ToList();
        var statuses = (await db.Statuses.AsNoTracking().Where(s => ids.Contains(s.YoungPersonId)).OrderBy(s => s.Id).ToListAsync(ct))
            .ToLookup(s => s.YoungPersonId);
        var advisers = await YoungPeople.AdviserNamesAsync(db, ids, ct);
        var steps = (await db.Set<PathwayPlanStepRow>().AsNoTracking().Where(s => ids.Contains(s.YoungPersonId)).ToListAsync(ct)).ToLookup(s => s.YoungPersonId);
        var stayingPut = await db.Set<StayingPutRow>().AsNoTracking().Where(s => ids.Contains(s.YoungPersonId) && s.EndedOn == null)
            .ToDictionaryAsync(s => s.YoungPersonId, ct);
        var stayingCloseAssessed = await db.Set<StayingCloseAssessmentRow>().AsNoTracking().Where(s => ids.Contains(s.YoungPersonId))
            .GroupBy(s => s.YoungPersonId).Select(g => new { g.Key, Last = g.Max(s => s.AssessedOn) }).ToDictionaryAsync(g => g.Key, g => g.Last, ct);

        return people.ToDictionary(person => person.Id, person =>
        {
            var own = steps[person.Id].ToList();
            var assessed = own.Where(s => s.Kind == PathwayPlanStepRow.NeedsAssessment).Select(s => (DateOnly?)s.On).Max();
            var reviewed = own.Where(s => s.Kind == PathwayPlanStepRow.Review).Select(s => (DateOnly?)s.On).Max();
            var asked = own.Where(s => s.Kind == PathwayPlanStepRow.ReviewRequested && s.On > (reviewed ?? assessed ?? DateOnly.MinValue))
                .Select(s => (DateOnly?)s.On).Min();
            var adviser = advisers.GetValueOrDefault(person.Id);
            var arrangement = stayingPut.GetValueOrDefault(person.Id) is { } open ? new StayingPutArrangement(open.StartedOn, open.PlannedEndOn) : null;
            return (new YoungPersonRecord(CareLeaverStatusEvaluation.HistoryOf(person), OwedSince(statuses[person.Id]), adviser, assessed, reviewed, asked,
                CareLeaverStatusEvaluation.DeterminationOf(person), CareLeaverStatusEvaluation.ChoicesOf(person), arrangement,
                stayingCloseAssessed.TryGetValue(person.Id, out var last) ? last : null), adviser);
        });
    }

    public IReadOnlyList<OpenDuty> OpenDutiesOn(YoungPersonRecord record, DateOnly today) =>
        OpenDuties.On(record, today, Team, stayingClose.Value.InForceFrom);

    /// <summary>The day the latest unbroken run of categories owing a personal adviser began.</summary>
    private static DateOnly? OwedSince(IEnumerable<CareLeaverStatusRow> history)
    {
        DateOnly? since = null;
        foreach (var status in history)
        {
            since = Owed.Contains(status.Category) ? since ?? status.From : null;
        }
        return since;
    }
}
