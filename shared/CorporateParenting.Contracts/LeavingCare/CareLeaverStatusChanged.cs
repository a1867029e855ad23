namespace CorporateParenting.Contracts.LeavingCare;

/// <summary>
/// A young person's care leaver category changed (docs/leaving-care.md §2): eligible, relevant, former-relevant,
/// qualifying or none, from <see cref="ChangedOn"/>, after <see cref="PreviousCategory"/> (the one last announced).
/// Published once per change that has held for a quiet period (seconds), whether an event that changed the history or the
/// daily sweep (a birthday, the 91st day) found it; a category that came and went within it is not announced.
/// </summary>
public sealed record CareLeaverStatusChanged(
    Guid ChildId,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string PreviousCategory,
    string Category,
    DateOnly ChangedOn,
    DateTimeOffset OccurredAt);
