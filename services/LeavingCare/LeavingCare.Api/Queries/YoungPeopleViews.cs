using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Duties;
using LeavingCare.Domain.Status;
using LeavingCare.Domain.StayingPut;

namespace LeavingCare.Api.Queries;

/// <summary>A young person in a list: who, how old today, their category and since when.</summary>
public sealed record YoungPersonListItem(Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, int Age, string Category, DateOnly? CategorySince);

/// <summary>One category a young person has had, from when, and what found it.</summary>
public sealed record StatusHistoryItem(string Category, DateOnly From, string FoundBy, DateTimeOffset RecordedAt);

/// <summary>A recorded determination: why, who, when.</summary>
public sealed record DeterminationView(string Reason, string RecordedBy, DateOnly RecordedOn);

/// <summary>
/// A young person's page: details, the category today and its history, the 13-week totals today, the episodes the
/// category rests on, any recorded determination, what is owed today and the choices that decide how long; the personal
/// advisers (newest first), the pathway plan's steps and the duties open today; contacts, accommodation and activity
/// (newest first); Staying Put arrangements and staying close assessments.
/// </summary>
public sealed record YoungPersonDetails(
    Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, int Age, string Category, DateOnly? CategorySince,
    int DaysSinceFourteenth, int DaysSinceSixteenth, bool LookedAfterToday, IReadOnlyList<CareEpisode> Episodes,
    IReadOnlyList<StatusHistoryItem> StatusHistory, DeterminationView? Determination, DutyView Duty, SupportChoices Support,
    IReadOnlyList<AllocationView> Advisers, IReadOnlyList<PlanStepView> PathwayPlan, IReadOnlyList<OpenDutyView> OpenDuties,
    IReadOnlyList<InTouchRecordView> Contacts, IReadOnlyList<InTouchRecordView> Accommodation, IReadOnlyList<InTouchRecordView> Activity,
    IReadOnlyList<StayingPutView> StayingPut, IReadOnlyList<StayingCloseView> StayingClose);

/// <summary>A personal adviser allocated from a day until a day (open: none).</summary>
public sealed record AllocationView(Guid AdviserId, string AdviserName, DateOnly From, DateOnly? To, string RecordedBy)
{
    public static AllocationView Of(AdviserAllocationRow row, string adviserName) => new(row.AdviserId, adviserName, row.From, row.To, row.RecordedBy);
}

/// <summary>A step of the pathway plan: needs-assessment, review or review-requested, on a day.</summary>
public sealed record PlanStepView(long Id, string Kind, DateOnly On, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static PlanStepView Of(PathwayPlanStepRow row) => new(row.Id, row.Kind, row.On, row.RecordedBy, row.RecordedAt);
}

/// <summary>A duty open today, as on the worklist.</summary>
public sealed record OpenDutyView(string Kind, DateOnly DueOn, bool IsOverdue, string Owner);

/// <summary>A contact (the IN_TOUCH code and how), or the ACCOM or ACTIV code in effect from a day.</summary>
public sealed record InTouchRecordView(long Id, string Kind, DateOnly On, string Code, string? Method, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static InTouchRecordView Of(InTouchRecordRow row) => new(row.Id, row.Kind, row.On, row.Code, row.Method, row.RecordedBy, row.RecordedAt);
}

/// <summary>A Staying Put arrangement: with whom, from when, the day it ends (planned, or the 21st birthday) and, once ended, when and why.</summary>
public sealed record StayingPutView(
    long Id, string Carer, DateOnly StartedOn, DateOnly? PlannedEndOn, DateOnly EndsOn, DateOnly? EndedOn, string? EndReason, bool IsOpen, string RecordedBy)
{
    public static StayingPutView Of(StayingPutRow row, DateOnly dateOfBirth) =>
        new(row.Id, row.Carer, row.StartedOn, row.PlannedEndOn, row.EndedOn ?? StayingPutRules.EndsOn(dateOfBirth, row.PlannedEndOn),
            row.EndedOn, row.EndReason, row.EndedOn is null, row.RecordedBy);
}

/// <summary>A staying close assessment: the day, whether support is needed and with what.</summary>
public sealed record StayingCloseView(long Id, DateOnly AssessedOn, bool SupportNeeded, IReadOnlyList<string> Areas, string? Summary, string RecordedBy)
{
    public static StayingCloseView Of(StayingCloseAssessmentRow row) => new(row.Id, row.AssessedOn, row.SupportNeeded, row.Areas, row.Summary, row.RecordedBy);
}

/// <summary>What the authority owes today (docs/leaving-care.md §4) and, when the duties have stopped, why.</summary>
public sealed record DutyView(string Level, string? EndedBecause);
