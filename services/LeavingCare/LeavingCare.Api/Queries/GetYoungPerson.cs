using CorporateParenting.Calendar;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Duties;
using LeavingCare.Domain.PathwayPlans;
using LeavingCare.Domain.Status;
using Microsoft.EntityFrameworkCore;

namespace LeavingCare.Api.Queries;

/// <summary>One young person's page (docs/leaving-care.md §2.2); null when no event or rebuild has told us of them.</summary>
public sealed class GetYoungPersonHandler(LeavingCareDbContext db, YoungPersonRecords records)
{
    public async Task<YoungPersonDetails?> HandleAsync(Guid id, DateOnly today, CancellationToken ct)
    {
        if (await db.YoungPeople.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id, ct) is not { } person)
        {
            return null;
        }

        var history = CareLeaverStatusEvaluation.HistoryOf(person);
        var totals = ThirteenWeekTest.Totals(history, today);
        var statuses = await db.Statuses.AsNoTracking().Where(s => s.YoungPersonId == id).OrderBy(s => s.Id)
            .Select(s => new StatusHistoryItem(s.Category, s.From, s.FoundBy, s.RecordedAt)).ToListAsync(ct);
        var determination = CareLeaverStatusEvaluation.DeterminationOf(person);
        var choices = CareLeaverStatusEvaluation.ChoicesOf(person);
        var duty = today < person.DateOfBirth ? new DutyStatus(DutyLevel.None)
            : LeavingCareDuties.On(CareLeaverStatus.On(history, today, determination), person.DateOfBirth, choices, today);
        var (record, _) = (await records.ForAsync([person], ct))[id];
        var openDuties = records.OpenDutiesOn(record, today)
            .Select(d => new OpenDutyView(ListWorklistHandler.Code(d.Kind), d.DueOn, PathwayPlanDeadlines.IsOverdue(d.DueOn, today), d.Owner)).ToList();
        var advisers = await (from allocation in db.Set<AdviserAllocationRow>().AsNoTracking()
                              join adviser in db.Set<PersonalAdviserRow>().AsNoTracking() on allocation.AdviserId equals adviser.Id
                              where allocation.YoungPersonId == id
                              orderby allocation.From descending
                              select new { allocation, adviser.Name }).ToListAsync(ct);
        var steps = await db.Set<PathwayPlanStepRow>().AsNoTracking().Where(s => s.YoungPersonId == id)
            .OrderByDescending(s => s.On).ThenByDescending(s => s.Id).ToListAsync(ct);
        var inTouch = (await db.Set<InTouchRecordRow>().AsNoTracking().Where(r => r.YoungPersonId == id)
            .OrderByDescending(r => r.On).ThenByDescending(r => r.Id).ToListAsync(ct)).ToLookup(r => r.Kind, InTouchRecordView.Of);
        var stayingPut = await db.Set<StayingPutRow>().AsNoTracking().Where(s => s.YoungPersonId == id).OrderByDescending(s => s.StartedOn).ToListAsync(ct);
        var stayingClose = await db.Set<StayingCloseAssessmentRow>().AsNoTracking().Where(s => s.YoungPersonId == id)
            .OrderByDescending(s => s.AssessedOn).ThenByDescending(s => s.Id).ToListAsync(ct);

        return new YoungPersonDetails(
            person.Id, person.GivenName, person.FamilyName, person.DateOfBirth, today < person.DateOfBirth ? 0 : Birthdays.AgeOn(person.DateOfBirth, today),
            person.Category, person.CategorySince, totals.SinceFourteenth, totals.SinceSixteenth, history.IsLookedAfterOn(today), history.Episodes,
            statuses, determination is null ? null : new DeterminationView(determination.Reason, determination.RecordedBy, determination.RecordedOn),
            new DutyView(Kebab(duty.Level.ToString()), duty.EndedBecause == DutyEnd.None ? null : Kebab(duty.EndedBecause.ToString())), choices,
            [.. advisers.Select(a => AllocationView.Of(a.allocation, a.Name))], [.. steps.Select(PlanStepView.Of)], openDuties,
            [.. inTouch[InTouchRecordRow.Contact]], [.. inTouch[InTouchRecordRow.Accommodation]], [.. inTouch[InTouchRecordRow.Activity]],
            [.. stayingPut.Select(s => StayingPutView.Of(s, person.DateOfBirth))], [.. stayingClose.Select(StayingCloseView.Of)]);
    }

    /// <summary>PersonalAdviserAndPathwayPlan → personal-adviser-and-pathway-plan.</summary>
    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));
}
