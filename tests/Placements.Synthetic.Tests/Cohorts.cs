using Placements.Synthetic;

namespace Placements.Synthetic.Tests;

/// <summary>Cohorts shared by the tests that only read them.</summary>
public static class Cohorts
{
    public static readonly CohortOptions Options = new() { Seed = 42, Children = 5_000, AsAt = new DateOnly(2026, 3, 31) };

    /// <summary>The demo's cohort (hosting/CorporateParenting.DemoData/DemoCohort.cs and DemoDataOptions.cs: Derby's seed and size).</summary>
    public static readonly CohortOptions DemoOptions = new() { Seed = 831, Children = 560, AsAt = new DateOnly(2026, 11, 1) };

    /// <summary>Big enough (20,000 looked after) that sampling noise on a share is at most 0.35 points, well inside 2.</summary>
    public static readonly CohortOptions LargeOptions = new() { Seed = 2026, Children = 30_000, AsAt = new DateOnly(2026, 3, 31) };

    private static readonly Lazy<SyntheticCohort> Large = new(() => CohortGenerator.Generate(Options));
    private static readonly Lazy<SyntheticCohort> ThirtyThousandCohort = new(() => CohortGenerator.Generate(LargeOptions));

    public static SyntheticCohort FiveThousand => Large.Value;

    public static SyntheticCohort ThirtyThousand => ThirtyThousandCohort.Value;
}
