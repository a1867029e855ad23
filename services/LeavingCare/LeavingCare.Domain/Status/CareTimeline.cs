namespace LeavingCare.Domain.Status;

/// <summary>
/// A young person's care history built from events in whatever order they arrive, repeated or not (docs/leaving-care.md
/// §2.1): the changes are kept one per period and day (the newest fact wins), and the episodes follow from them, each
/// from an in-care change to the next change of its period (the period's end carrying the reason). Corrections move or
/// rewrite a change. The same changes give the same episodes whatever the order they came in.
/// </summary>
public static class CareTimeline
{
    /// <summary>
    /// The changes with <paramref name="change"/> added: a fact for a period and day already held is replaced only by a
    /// newer one, and a placement named by either is kept (a new legal status on the day of a move does not name it).
    /// </summary>
    public static IReadOnlyList<CareChange> With(IReadOnlyList<CareChange> changes, CareChange change)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(change);
        var held = changes.FirstOrDefault(c => c.PeriodOfCareId == change.PeriodOfCareId && c.On == change.On && c.InCare == change.InCare);
        if (held is not null && held.OccurredAt >= change.OccurredAt)
        {
            return held.PlacementType is null && change.PlacementType is not null
                ? Ordered(changes.Where(c => c != held).Append(held with { PlacementType = change.PlacementType }))
                : changes;
        }

        return Ordered(changes.Where(c => c != held).Append(change with { PlacementType = change.PlacementType ?? held?.PlacementType }));
    }

    /// <summary>A corrected day (a period's start or end, an episode's start): the change on <paramref name="from"/> moves to <paramref name="to"/>, or goes when <paramref name="to"/> is null.</summary>
    public static IReadOnlyList<CareChange> Moved(IReadOnlyList<CareChange> changes, Guid period, bool inCare, DateOnly from, DateOnly? to, DateTimeOffset at)
    {
        var held = changes.FirstOrDefault(c => c.PeriodOfCareId == period && c.InCare == inCare && c.On == from);
        if (held is null)
        {
            return changes;
        }

        var rest = changes.Where(c => c != held);
        return Ordered(to is { } day ? rest.Where(c => !(c.PeriodOfCareId == period && c.InCare == inCare && c.On == day)).Append(held with { On = day, OccurredAt = at }) : rest);
    }

    /// <summary>A corrected legal status of the episode that starts on <paramref name="startsOn"/>, or a corrected reason the period ended.</summary>
    public static IReadOnlyList<CareChange> Rewritten(IReadOnlyList<CareChange> changes, Guid period, DateOnly? startsOn, string? legalStatus, string? reasonEnded, DateTimeOffset at) =>
        Ordered(changes.Select(c => c.PeriodOfCareId != period ? c
            : legalStatus is not null && c.InCare && c.On == startsOn ? c with { LegalStatus = legalStatus, OccurredAt = at }
            : reasonEnded is not null && !c.InCare ? c with { ReasonEnded = reasonEnded, OccurredAt = at }
            : c));

    /// <summary>
    /// The episodes: each in-care change runs to the next change of its period, ending with the period's reason if that is
    /// the end; a change that did not name the placement keeps the one before it.
    /// </summary>
    public static IReadOnlyList<CareEpisode> Episodes(IReadOnlyList<CareChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var episodes = new List<CareEpisode>();
        foreach (var period in changes.GroupBy(c => c.PeriodOfCareId))
        {
            var ordered = period.OrderBy(c => c.On).ThenBy(c => c.InCare ? 1 : 0).ToList();
            var end = ordered.FirstOrDefault(c => !c.InCare);
            var inCare = ordered.Where(c => c.InCare && (end is null || c.On < end.On)).ToList();
            string? placement = null;
            for (var i = 0; i < inCare.Count; i++)
            {
                var last = i == inCare.Count - 1;
                placement = inCare[i].PlacementType ?? placement;
                episodes.Add(new CareEpisode(inCare[i].On, last ? end?.On : inCare[i + 1].On, inCare[i].LegalStatus!, last ? end?.ReasonEnded : null, placement));
            }
        }

        return [.. episodes.OrderBy(e => e.Started)];
    }

    private static IReadOnlyList<CareChange> Ordered(IEnumerable<CareChange> changes) =>
        [.. changes.OrderBy(c => c.On).ThenBy(c => c.PeriodOfCareId).ThenBy(c => c.InCare ? 1 : 0)];
}
