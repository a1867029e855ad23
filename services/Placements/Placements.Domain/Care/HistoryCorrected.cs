namespace Placements.Domain;

/// <summary>The periods of care a correction changed, each as it was and as it now stands.</summary>
public sealed record HistoryCorrected(IReadOnlyList<PeriodCorrected> Periods);
