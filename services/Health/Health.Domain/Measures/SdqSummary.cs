namespace Health.Domain;

/// <summary>A completed SDQ as the measures see it: when, who answered it, and its total (null when it could not be scored).</summary>
public sealed record SdqSummary(DateOnly CompletedOn, SdqInformant Informant, int? TotalDifficulties)
{
    public int? TotalDifficulties { get; } = TotalDifficulties is null or (>= 0 and <= SdqScores.MaximumTotal)
        ? TotalDifficulties
        : throw new ArgumentOutOfRangeException(nameof(TotalDifficulties), TotalDifficulties, "An SDQ total is 0–40.");

    public SdqBand? Band => TotalDifficulties is int total ? SdqScores.BandOf(total) : null;
}
