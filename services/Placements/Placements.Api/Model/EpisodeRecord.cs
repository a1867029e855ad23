namespace Placements.Api.Model;

/// <summary>One stored SSDA903 episode of a period of care: what held from <see cref="StartsOn"/> until <see cref="EndsOn"/>.</summary>
public sealed class EpisodeRecord
{
    public Guid Id { get; init; }
    public Guid PeriodOfCareId { get; init; }
    public int Sequence { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly? EndsOn { get; set; }
    public required string ReasonForNewEpisode { get; init; }
    public required string LegalStatus { get; init; }
    public required string CategoryOfNeed { get; init; }
    public required string PlacementType { get; init; }
    public string? PlacementProvider { get; init; }
    public string? ProviderUrn { get; init; }
    public string? PlacementPostcode { get; init; }
    public required string PlacementAuthorityCode { get; init; }
    public bool IsOutOfArea { get; init; }
    public string? ReasonForPlacementChange { get; set; }
    public string? ReasonCeased { get; set; }
}
