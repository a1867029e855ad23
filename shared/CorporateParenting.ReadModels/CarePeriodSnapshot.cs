namespace CorporateParenting.ReadModels;

/// <summary>A period of care in a <see cref="CareHistorySnapshot"/>: its episodes, from the first one's DECOM to the last one's DEC.</summary>
/// <param name="PeriodOfCareId">The id Placements' events carry as <c>PeriodOfCareId</c>.</param>
/// <param name="Episodes">In order; every period has at least one.</param>
public sealed record CarePeriodSnapshot(
    Guid PeriodOfCareId,
    DateOnly StartedOn,
    DateOnly? EndedOn,
    string? ReasonCeased,
    IReadOnlyList<CareEpisodeSnapshot> Episodes)
{
    /// <summary>The episode that began the period (RNE S): its legal status is the one at entry to care.</summary>
    public CareEpisodeSnapshot FirstEpisode => Episodes[0];

    /// <summary>The open episode, or the last one of an ended period.</summary>
    public CareEpisodeSnapshot LatestEpisode => Episodes[^1];
}
