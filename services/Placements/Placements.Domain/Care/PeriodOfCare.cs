namespace Placements.Domain;

/// <summary>A continuous stretch of being looked after: episodes joined by REC X1, starting with RNE S.</summary>
public sealed class PeriodOfCare
{
    private readonly List<Episode> _episodes;

    internal PeriodOfCare(Episode first) => _episodes = [first];

    public IReadOnlyList<Episode> Episodes => _episodes;

    public DateOnly Start => _episodes[0].Start;

    public DateOnly? End => _episodes[^1].End;

    public string? ReasonCeased => IsOpen ? null : _episodes[^1].ReasonCeased;

    public bool IsOpen => _episodes[^1].IsOpen;

    internal Episode Current => _episodes[^1];

    internal void ReplaceCurrent(Episode closed) => _episodes[^1] = closed;

    internal void Add(Episode next) => _episodes.Add(next);
}
