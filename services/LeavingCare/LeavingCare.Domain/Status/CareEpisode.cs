namespace LeavingCare.Domain.Status;

/// <summary>
/// An episode of care as the SSDA903 records it (docs/leaving-care.md §2): when it began (DECOM), when it ended (DEC,
/// none while it continues), the legal status (LS), the reason it ended (REC) and the placement (PL; none when no event
/// has told us).
/// </summary>
public sealed record CareEpisode(DateOnly Started, DateOnly? Ended, string LegalStatus, string? ReasonEnded = null, string? PlacementType = null)
{
    /// <summary>U1–U6: a foster placement, the one Staying Put can follow (docs/leaving-care.md §6).</summary>
    public bool IsFosterPlacement => PlacementType is "U1" or "U2" or "U3" or "U4" or "U5" or "U6";

    /// <summary>V3 and V4: a pre-planned series of short breaks (CPPCR reg 48), which the 13-week test leaves out.</summary>
    public bool IsShortBreak => LegalStatus is "V3" or "V4";

    /// <summary>Looked after on <paramref name="on"/>: begun by then and not yet ended (the day it ends is not in care).</summary>
    public bool Covers(DateOnly on) => Started <= on && (Ended is not { } ended || on < ended);
}
