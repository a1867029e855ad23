namespace Placements.Synthetic;

/// <summary>
/// Generates a seeded synthetic cohort of case-system commands for the Placements service. The cohort's mix at AsAt is
/// dealt out first by quota (<see cref="CohortPlan"/>, from the seed and the cohort's size); then each child has its own
/// <see cref="Random"/> seeded from (seed, index), so the same options always give byte-identical requests, whatever the
/// machine or degree of parallelism.
/// </summary>
public static class CohortGenerator
{
    public static SyntheticCohort Generate(CohortOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Children);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.YearsOfHistory, 2);
        if (options.NeighbourAuthorityCodes.Count == 0 && options.DistantAuthorityCodes.Count == 0)
        {
            throw new ArgumentException("Give at least one authority code outside ours.", nameof(options));
        }

        var factory = new PlacementFactory(options);
        var plans = CohortPlan.For(options);
        var children = new SyntheticChild[options.Children];
        Parallel.For(0, options.Children, i => children[i] = new ChildBuilder(options, factory, plans[i], i + 1).Build());
        return new SyntheticCohort(options, children);
    }
}
