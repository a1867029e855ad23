namespace Placements.Api.Model;

/// <summary>One stored SSDA903 episode of a period of care: what held from <see cref="StartsOn"/> until <see cref="EndsOn"/>.</summary>
public sealed class EpisodeRecord
{
    public Guid Id { get; init; }
    public Guid PeriodOfCareId { get; init; }
    public int Sequence { get; init; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public required string ReasonForNewEpisode { get; init; }
    public required string LegalStatus { get; set; }
    public required string CategoryOfNeed { get; set; }
    public required string PlacementType { get; set; }
    public string? PlacementProvider { get; set; }
    public string? ProviderUrn { get; set; }
    public string? PlacementPostcode { get; set; }
    public required string PlacementAuthorityCode { get; set; }
    public bool IsOutOfArea { get; set; }
    public string? ReasonForPlacementChange { get; set; }
    public string? ReasonCeased { get; set; }
}
