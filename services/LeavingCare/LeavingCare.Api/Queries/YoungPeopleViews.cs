using LeavingCare.Domain.Duties;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Queries;

/// <summary>A young person in a list: who, how old today, their category and since when.</summary>
public sealed record YoungPersonListItem(Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, int Age, string Category, DateOnly? CategorySince);

/// <summary>One category a young person has had, from when, and what found it.</summary>
public sealed record StatusHistoryItem(string Category, DateOnly From, string FoundBy, DateTimeOffset RecordedAt);

/// <summary>A recorded determination: why, who, when.</summary>
public sealed record DeterminationView(string Reason, string RecordedBy, DateOnly RecordedOn);

/// <summary>
/// A young person's page: details, the category today and its history, the 13-week totals today, the episodes the
/// category rests on, any recorded determination, what is owed today and the choices that decide how long.
/// </summary>
public sealed record YoungPersonDetails(
    Guid Id, string GivenName, string FamilyName, DateOnly DateOfBirth, int Age, string Category, DateOnly? CategorySince,
    int DaysSinceFourteenth, int DaysSinceSixteenth, bool LookedAfterToday, IReadOnlyList<CareEpisode> Episodes,
    IReadOnlyList<StatusHistoryItem> StatusHistory, DeterminationView? Determination, DutyView Duty, SupportChoices Support);

/// <summary>What the authority owes today (docs/leaving-care.md §4) and, when the duties have stopped, why.</summary>
public sealed record DutyView(string Level, string? EndedBecause);
