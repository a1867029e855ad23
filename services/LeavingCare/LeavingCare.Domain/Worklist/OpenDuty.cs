namespace LeavingCare.Domain.Worklist;

/// <summary>What is owed next to a young person, by when, and who owns it: their personal adviser, or the team until one is allocated.</summary>
public sealed record OpenDuty(OpenDutyKind Kind, DateOnly DueOn, string Owner);

public enum OpenDutyKind
{
    /// <summary>No personal adviser: due from the day the duty began.</summary>
    AllocatePersonalAdviser,

    /// <summary>No needs assessment yet (docs/leaving-care.md §5).</summary>
    NeedsAssessment,

    /// <summary>The pathway plan's next review.</summary>
    PathwayPlanReview,

    /// <summary>A Staying Put arrangement ends (the plan or the 21st birthday): the move on is made and its end recorded by then.</summary>
    StayingPutEnds,

    /// <summary>The staying close assessment, once the section is in force (docs/leaving-care.md §6.2): with the plan's next step.</summary>
    StayingCloseAssessment,
}
