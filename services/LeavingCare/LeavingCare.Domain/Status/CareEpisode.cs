namespace LeavingCare.Domain.Status;

/// <summary>
/// An episode of care as the SSDA903 records it (docs/leaving-care.md §2): when it began (DECOM), when it ended (DEC,
/// none while it continues), the legal status (LS) and the reason it ended (REC).
/// </summary>
public sealed record CareEpisode(DateOnly Started, DateOnly? Ended, string LegalStatus, string? ReasonEnded = null)
{
    /// <summary>V3 and V4: a pre-planned series of short breaks (CPPCR reg 48), which the 13-week test leaves out.</summary>
    public bool IsShortBreak => LegalStatus is "V3" or "V4";

    /// <summary>Looked after on <paramref name="on"/>: begun by then and not yet ended (the day it ends is not in care).</summary>
    public bool Covers(DateOnly on) => Started <= on && (Ended is not { } ended || on < ended);
}
