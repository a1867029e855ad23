namespace Placements.Api.Model;

/// <summary>A stored continuous spell of being looked after: its episodes, from the first one's DECOM to the last one's DEC.</summary>
public sealed class PeriodOfCare
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public string? ReasonCeased { get; set; }
    public List<EpisodeRecord> Episodes { get; init; } = [];

    public EpisodeRecord Current => Episodes.MaxBy(e => e.Sequence)!;
}
