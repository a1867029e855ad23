namespace Placements.Api.Model;

/// <summary>
/// A continuous spell of being looked after, from its first episode's DECOM. Episodes and their changes
/// arrive with the Placements service issue; the first episode's codes are held here.
/// </summary>
public sealed class PeriodOfCare
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public DateOnly StartedOn { get; init; }
    public DateOnly? EndedOn { get; set; }
    public required string LegalStatus { get; init; }
    public required string CategoryOfNeed { get; init; }
    public required string PlacementType { get; init; }
    public required string PlacementAuthorityCode { get; init; }
    public bool IsOutOfArea { get; init; }
}
