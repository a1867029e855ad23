using System.Diagnostics;
using Placements.Synthetic;
using Xunit.Abstractions;

namespace Placements.Synthetic.Tests;

public class GenerationSpeedTests(ITestOutputHelper output)
{
    [Fact]
    public void A_national_scale_cohort_of_84000_children_generates()
    {
        var stopwatch = Stopwatch.StartNew();
        var cohort = CohortGenerator.Generate(new CohortOptions { Seed = 2026, Children = 84_000 });
        stopwatch.Stop();

        Assert.Equal(84_000, cohort.Children.Count);
        output.WriteLine(
            $"Generated {cohort.Children.Count:N0} children, {cohort.CommandCount:N0} commands in {stopwatch.Elapsed.TotalSeconds:F2} s.");
    }
}
