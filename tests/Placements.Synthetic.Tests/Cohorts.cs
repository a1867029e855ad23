using Placements.Synthetic;

namespace Placements.Synthetic.Tests;

/// <summary>One 5,000-child cohort shared by the tests that only read it.</summary>
public static class Cohorts
{
    public static readonly CohortOptions Options = new() { Seed = 42, Children = 5_000, AsAt = new DateOnly(2026, 3, 31) };

    private static readonly Lazy<SyntheticCohort> Large = new(() => CohortGenerator.Generate(Options));

    public static SyntheticCohort FiveThousand => Large.Value;
}
