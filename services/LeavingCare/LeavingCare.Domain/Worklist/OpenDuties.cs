using LeavingCare.Domain.Duties;
using LeavingCare.Domain.PathwayPlans;
using LeavingCare.Domain.Status;
using LeavingCare.Domain.StayingPut;

namespace LeavingCare.Domain.Worklist;

/// <summary>
/// Every duty open on a day, each with a due date and an owner (docs/leaving-care.md §5.1): while a personal adviser and
/// a pathway plan are owed (§4), an unallocated young person is the team's to allocate from the day the duty began; the
/// needs assessment is due by §5's date until it is done; after it, the plan's next review. Owned by the personal adviser,
/// or by the team until one is allocated. An open Staying Put arrangement is due to end by plan or at 21 (§6.1); once
/// staying close is in force (<paramref name="stayingCloseInForceFrom"/>), a former relevant young person not yet
/// assessed for it is due an assessment with the plan's next step (§6.2). Nothing is open when nothing is owed.
/// </summary>
public static class OpenDuties
{
    public static IReadOnlyList<OpenDuty> On(YoungPersonRecord record, DateOnly today, string team, DateOnly? stayingCloseInForceFrom = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentException.ThrowIfNullOrWhiteSpace(team);
        var category = CareLeaverStatus.On(record.History, today, record.Determination);
        var owed = LeavingCareDuties.On(category, record.History.DateOfBirth, record.Choices ?? SupportChoices.None, today);
        if (owed.Level != DutyLevel.PersonalAdviserAndPathwayPlan)
        {
            return [];
        }

        var since = record.OwedSince is { } begun && begun <= today ? begun : today;
        var owner = string.IsNullOrWhiteSpace(record.PersonalAdviser) ? team : record.PersonalAdviser;
        List<OpenDuty> open = [];
        if (string.IsNullOrWhiteSpace(record.PersonalAdviser))
        {
            open.Add(new OpenDuty(OpenDutyKind.AllocatePersonalAdviser, since, team));
        }

        var plan = record.AssessedOn is not { } assessed
            ? new OpenDuty(OpenDutyKind.NeedsAssessment, PathwayPlanDeadlines.NeedsAssessmentDue(record.History.DateOfBirth, since), owner)
            : new OpenDuty(OpenDutyKind.PathwayPlanReview,
                PathwayPlanDeadlines.ReviewDue(record.LastPlannedOrReviewedOn is { } last && last > assessed ? last : assessed, record.ReviewAskedFor), owner);
        open.Add(plan);
        if (record.StayingPut is { IsOpen: true } stayingPut)
        {
            open.Add(new OpenDuty(OpenDutyKind.StayingPutEnds, stayingPut.DueToEndOn(record.History.DateOfBirth), owner));
        }
        if (record.StayingCloseAssessedOn is null && StayingClose.IsOwed(stayingCloseInForceFrom, category, record.History.DateOfBirth, today))
        {
            open.Add(new OpenDuty(OpenDutyKind.StayingCloseAssessment, plan.DueOn, owner));
        }
        return open;
    }
}
