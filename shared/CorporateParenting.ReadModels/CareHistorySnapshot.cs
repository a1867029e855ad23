namespace CorporateParenting.ReadModels;

/// <summary>
/// One child as Placements holds it now (<c>placements.v1 StreamCareHistories</c>): details, every period of care and
/// episode, and the child's version.
/// </summary>
/// <param name="PeriodsOfCare">Oldest first; every child has at least one.</param>
/// <param name="IsLookedAfter">The latest period has not ended: looked after today; otherwise a care leaver or a child who left care.</param>
/// <param name="ChangedAt">
/// The child's version: when anything about the child last changed in Placements. It is at or after the <c>OccurredAt</c>
/// of every event already published about the child, so keep whichever of this and an event is newer: an event no newer
/// than this snapshot is already in it.
/// </param>
public sealed record CareHistorySnapshot(
    Guid ChildId,
    string CaseReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    string? Upn,
    string? NhsNumber,
    string? Ethnicity,
    string? HomePostcode,
    DateOnly? UascSince,
    DateOnly? UascCeasedOn,
    IReadOnlyList<CarePeriodSnapshot> PeriodsOfCare,
    bool IsLookedAfter,
    DateTimeOffset ChangedAt)
{
    public CarePeriodSnapshot? LatestPeriod => PeriodsOfCare.Count > 0 ? PeriodsOfCare[^1] : null;

    /// <summary>The period the child is looked after in today; null for a care leaver.</summary>
    public CarePeriodSnapshot? CurrentPeriod => IsLookedAfter ? LatestPeriod : null;
}
