namespace Health.Domain;

/// <summary>
/// A period of care as Health sees it: the child is looked after from <see cref="Start"/> (DECOM of the RNE S
/// episode) up to but not including <see cref="End"/> (DEC of the last episode), as in the SSDA903.
/// </summary>
/// <param name="IsShortBreaks">
/// The period is an agreed series of short breaks (legal status V3/V4). The validator tests each V3/V4 episode's
/// own dates; a period that mixes short breaks with another legal status is treated as short breaks throughout.
/// </param>
public sealed record CarePeriod(DateOnly Start, DateOnly? End = null, bool IsShortBreaks = false)
{
    public DateOnly? End { get; } = End is null || End >= Start
        ? End
        : throw new ArgumentException($"A period of care cannot end ({End:yyyy-MM-dd}) before it starts ({Start:yyyy-MM-dd}).", nameof(End));
}
