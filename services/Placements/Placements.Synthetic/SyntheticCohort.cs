namespace Placements.Synthetic;

/// <summary>A generated cohort: the options it came from and its children in index order.</summary>
public sealed record SyntheticCohort(CohortOptions Options, IReadOnlyList<SyntheticChild> Children)
{
    public int CommandCount => Children.Sum(c => c.Commands.Count);
}
