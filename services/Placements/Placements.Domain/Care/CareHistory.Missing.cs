namespace Placements.Domain;

public sealed partial class CareHistory
{
    /// <summary>
    /// Records a missing or away-without-authorisation episode, or puts right the one that started that day (usually to
    /// say when it ended), against the child's periods of care and other such episodes (docs/ssda903.md §7.4). Returns
    /// the child's episodes with it, oldest first.
    /// </summary>
    public IReadOnlyList<MissingEpisode> RecordMissing(IReadOnlyList<MissingEpisode> recorded, MissingEpisode episode)
    {
        if (!MissingEpisode.Kinds.Contains(episode.Kind))
        {
            throw new CareRuleViolation($"MISSING is M (missing from placement) or A (away without authorisation), not '{episode.Kind}' (rule 1006).");
        }

        if (episode.End is { } end && end < episode.Start)
        {
            throw new CareRuleViolation($"A missing episode cannot end on {Show(end)}, before it started on {Show(episode.Start)} (rule 567).");
        }

        var period = _periods.LastOrDefault(p => p.Start <= episode.Start)
            ?? throw new CareRuleViolation($"The child was not looked after on {Show(episode.Start)}: a missing episode starts during a period of care (rules 581, 586).");
        if (period.End is { } ceased && episode.Start > ceased)
        {
            throw new CareRuleViolation(
                $"The period of care that started on {Show(period.Start)} ended on {Show(ceased)}, before the missing episode started on {Show(episode.Start)} (rule 578).");
        }

        if (period.End is { } periodEnd && (episode.End is null || episode.End > periodEnd))
        {
            throw new CareRuleViolation(
                $"Care ended on {Show(periodEnd)}, so the missing episode that started on {Show(episode.Start)} ended by then; give its end (rule 577).");
        }

        var episodes = recorded.Where(e => e.Start != episode.Start).Append(episode).OrderBy(e => e.Start).ToList();
        for (var i = 1; i < episodes.Count; i++)
        {
            if (episodes[i - 1].End is not { } previousEnd || episodes[i].Start < previousEnd)
            {
                throw new CareRuleViolation(
                    $"The missing episode that started on {Show(episodes[i - 1].Start)} " +
                    (episodes[i - 1].End is { } e ? $"ended on {Show(e)}, after" : "had not ended when") +
                    $" the one that started on {Show(episodes[i].Start)} began; one ends before the next starts (rule 574).");
            }
        }

        return episodes;
    }
}
