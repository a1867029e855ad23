namespace LeavingCare.Domain.Status;

/// <summary>A young person's date of birth and every episode of care we hold (the full history, not two years of returns).</summary>
public sealed record CareHistory(DateOnly DateOfBirth, IReadOnlyList<CareEpisode> Episodes)
{
    /// <summary>REC codes for adoption: E11 (by former foster carers) and E12 (other).</summary>
    public static readonly IReadOnlySet<string> AdoptionReasons = new HashSet<string>(StringComparer.Ordinal) { "E11", "E12" };

    /// <summary>Looked after on <paramref name="on"/>: some episode covers the day (short breaks included).</summary>
    public bool IsLookedAfterOn(DateOnly on) => Episodes.Any(e => e.Covers(on));

    /// <summary>The latest episode (by start) ended with adoption: no care leaver status follows.</summary>
    public bool IsAdopted => Episodes.Count > 0
        && Episodes.MaxBy(e => e.Started) is { ReasonEnded: { } reason } && AdoptionReasons.Contains(reason);
}
