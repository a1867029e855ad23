namespace CorporateParenting.Contracts.LeavingCare;

/// <summary>
/// A young person's care leaver category changed (docs/leaving-care.md §2): eligible, relevant, former-relevant,
/// qualifying or none, from <see cref="ChangedOn"/>. Published once per change, by an event that changed the history or
/// by the daily sweep that found a birthday or the 91st day had changed it.
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
