namespace Placements.Domain;

/// <summary>
/// A stretch of care in which legal status, placement and carers do not change. The child is
/// looked after from <see cref="Start"/> (DECOM) up to but not including <see cref="End"/> (DEC):
/// the 903 convention is that a child whose episode ends on 31 March is not looked after on 31 March.
/// <see cref="IsEmergency"/> is not in the 903 return: the placement the episode began was made in an emergency (CPPCR
/// reg 13), as the case system said; an episode that began no placement (RNE L) is never one.
/// </summary>
public sealed record Episode(
    DateOnly Start,
    string ReasonForNewEpisode,
    string LegalStatus,
    string CategoryOfNeed,
    Placement Placement,
    bool IsOutOfArea,
    string? ReasonForPlacementChange = null,
    DateOnly? End = null,
    string? ReasonCeased = null,
    bool IsEmergency = false)
{
    public bool IsOpen => End is null;

    public bool IsLookedAfterOn(DateOnly date) => Start <= date && (End is null || date < End);
}
