namespace CorporateParenting.ReadModels;

/// <summary>One SSDA903 episode in a <see cref="CarePeriodSnapshot"/> (codes as in docs/ssda903.md §2).</summary>
/// <param name="IsEmergency">
/// The placement the episode began was made in an emergency (CPPCR reg 13), as the case system said; false for an
/// episode that began no placement (RNE L), for imported ones and when the case system did not say.
/// </param>
public sealed record CareEpisodeSnapshot(
    DateOnly StartsOn,
    DateOnly? EndsOn,
    string ReasonForNewEpisode,
    string LegalStatus,
    string CategoryOfNeed,
    string PlacementType,
    string? PlacementProvider,
    string? ProviderUrn,
    string? PlacementPostcode,
    string PlacementAuthorityCode,
    bool IsOutOfArea,
    string? ReasonForChange,
    string? ReasonCeased,
    bool IsEmergency = false)
{
    /// <summary>The episode began a new placement (RNE P or T, or B or U with a new legal status too), as a <c>PlacementChanged</c> does.</summary>
    public bool BeganNewPlacement => ReasonForNewEpisode is "P" or "T" or "B" or "U";
}
