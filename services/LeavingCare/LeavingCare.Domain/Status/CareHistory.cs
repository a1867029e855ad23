namespace LeavingCare.Domain.Status;

/// <summary>A young person's date of birth and every episode of care we hold (the full history, not two years of returns).</summary>
public sealed record CareHistory(DateOnly DateOfBirth, IReadOnlyList<CareEpisode> Episodes)
{
    /// <summary>REC codes for adoption: E11 (by former foster carers) and E12 (other).</summary>
    public static readonly IReadOnlySet<string> AdoptionReasons = new HashSet<string>(StringComparer.Ordinal) { "E11", "E12" };

    // Loops rather than LINQ: the daily sweep asks these of every young person (tests/LeavingCare.Benchmarks).

    /// <summary>Looked after on <paramref name="on"/>: some episode covers the day (short breaks included).</summary>
    public bool IsLookedAfterOn(DateOnly on)
    {
        for (var i = 0; i < Episodes.Count; i++)
        {
            if (Episodes[i].Covers(on))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The latest episode (by start) ended with adoption: no care leaver status follows.</summary>
    public bool IsAdopted
    {
        get
        {
            CareEpisode? latest = null;
            for (var i = 0; i < Episodes.Count; i++)
            {
                if (latest is null || Episodes[i].Started > latest.Started)
                {
                    latest = Episodes[i];
                }
            }
            return latest is { ReasonEnded: { } reason } && AdoptionReasons.Contains(reason);
        }
    }
}
