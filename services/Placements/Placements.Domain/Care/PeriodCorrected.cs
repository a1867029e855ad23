namespace Placements.Domain;

/// <summary>
/// One period of care before and after a correction: the same episodes in the same order (a correction never adds or
/// removes one), so <c>Before[i]</c> and <c>After[i]</c> are the same episode. <see cref="Index"/> is its place among the
/// child's periods.
/// </summary>
public sealed record PeriodCorrected(int Index, IReadOnlyList<Episode> Before, IReadOnlyList<Episode> After);
