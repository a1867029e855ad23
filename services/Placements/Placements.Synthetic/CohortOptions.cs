namespace Placements.Synthetic;

/// <summary>What to generate. The same options (seed included) always give byte-identical requests.</summary>
public sealed record CohortOptions
{
    public int Seed { get; init; } = 1;

    /// <summary>How many children (case references) to generate.</summary>
    public int Children { get; init; } = 1_000;

    /// <summary>ONS code of the authority the Placements service runs for (placements here are "inside the boundary").</summary>
    public string OurAuthorityCode { get; init; } = "E06000015";

    /// <summary>Where most out-of-area placements are.</summary>
    public IReadOnlyList<string> NeighbourAuthorityCodes { get; init; } = ["E10000007", "E06000018", "E10000024"];

    /// <summary>Further away authorities, for the out-of-area placements that are not with a neighbour.</summary>
    public IReadOnlyList<string> DistantAuthorityCodes { get; init; } = ["E08000025", "E09000022", "E06000023", "E10000016"];

    /// <summary>The generator's "today": no command is dated after it.</summary>
    public DateOnly AsAt { get; init; } = new(2026, 3, 31);

    /// <summary>No command is dated before AsAt minus this many years.</summary>
    public int YearsOfHistory { get; init; } = 5;
}
