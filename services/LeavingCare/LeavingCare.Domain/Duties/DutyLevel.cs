namespace LeavingCare.Domain.Duties;

/// <summary>What the authority owes on the day (docs/leaving-care.md §1, §4).</summary>
public enum DutyLevel
{
    /// <summary>Nothing as a care leaver.</summary>
    None,

    /// <summary>Advice and assistance (s24, qualifying young people).</summary>
    AdviceAndAssistance,

    /// <summary>A personal adviser, a needs assessment and a pathway plan, kept under review (eligible, relevant, former relevant).</summary>
    PersonalAdviserAndPathwayPlan,
}

/// <summary>Why the duties stopped, when they did.</summary>
public enum DutyEnd
{
    /// <summary>Still owed, or never owed.</summary>
    None,

    /// <summary>21st birthday, not in education or training and no s23CZB request.</summary>
    ReachedTwentyOne,

    /// <summary>25th birthday.</summary>
    ReachedTwentyFive,

    /// <summary>An adult declined support, on the recorded day.</summary>
    Declined,
}

/// <summary>The level owed on a day and, when a former relevant young person's duties have stopped, why.</summary>
public sealed record DutyStatus(DutyLevel Level, DutyEnd EndedBecause = DutyEnd.None);
