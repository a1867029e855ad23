using System.Globalization;
using CorporateParenting.Testing.Benchmarks;
using Placements.Synthetic;

namespace Placements.Benchmarks;

/// <summary>The generated cohort's distributions at its AsAt, each beside the national figure (docs/reference-figures.md §2–3).</summary>
public static class DistributionTable
{
    public static void Print(SyntheticCohort cohort, DateOnly? on = null)
    {
        var figures = CohortDistributions.Measure(cohort, on);
        int lookedAfter = figures[0].Cohort.Denominator;
        Console.WriteLine($"Distributions of the {lookedAfter:N0} looked after on {on ?? cohort.Options.AsAt:yyyy-MM-dd} "
            + $"(seed {cohort.Options.Seed}, {cohort.Children.Count:N0} children):");
        var rows = new List<string[]> { new[] { "distribution", "national", "cohort", "difference, pp", "children" } };
        foreach (var figure in figures)
        {
            rows.Add([figure.Measure, Percent(figure.National), Percent(figure.Share),
                figure.DifferenceInPoints.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture), $"{figure.Cohort.Numerator:N0} of {figure.Cohort.Denominator:N0}"]);
        }

        rows.Add(["3+ placements in 2 years (two-year)", Percent(0.23), "not implemented", "-", "-"]);
        Benchmark.PrintTable(rows);
    }

    private static string Percent(double share) => (share * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
