using LeavingCare.Domain.Duties;
using LeavingCare.Domain.PathwayPlans;
using LeavingCare.Domain.Status;

namespace LeavingCare.Domain.Worklist;

/// <summary>
/// Every duty open on a day, each with a due date and an owner (docs/leaving-care.md §5.1): while a personal adviser and
/// a pathway plan are owed (§4), an unallocated young person is the team's to allocate from the day the duty began; the
/// needs assessment is due by §5's date until it is done; after it, the plan's next review. Owned by the personal adviser,
/// or by the team until one is allocated. Nothing is open when nothing is owed.
/// </summary>
public static class OpenDuties
{
    public static IReadOnlyList<OpenDuty> On(YoungPersonRecord record, DateOnly today, string team)
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

        open.Add(record.AssessedOn is not { } assessed
            ? new OpenDuty(OpenDutyKind.NeedsAssessment, PathwayPlanDeadlines.NeedsAssessmentDue(record.History.DateOfBirth, since), owner)
            : new OpenDuty(OpenDutyKind.PathwayPlanReview,
                PathwayPlanDeadlines.ReviewDue(record.LastPlannedOrReviewedOn is { } last && last > assessed ? last : assessed, record.ReviewAskedFor), owner));
        return open;
    }
}
