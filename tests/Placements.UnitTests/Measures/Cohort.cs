using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Measures;

internal static class Cohort
{
    /// <summary>The 2024-25 collection year: 1 April 2024 to 31 March 2025.</summary>
    public static MeasureParameters YearEnding31March2025(int childPopulation = 50_000) =>
        new(Date("2025-03-31"), Date("2024-04-01"), childPopulation, Derby);

    public static MeasureParameters At(string asAt) => new(Date(asAt), Date(asAt).AddYears(-1).AddDays(1), 50_000, Derby);

    public static ChildCareRecord Child(CareHistory history, params SocialWorkerAllocation[] allocations) => new(history, allocations);

    public static SocialWorkerAllocation Worker(string start, string? end = null) =>
        new(Date(start), end is null ? null : Date(end));

    public static PlacementMeasures Measure(MeasureParameters parameters, params ChildCareRecord[] children) =>
        PlacementMeasuresCalculator.Calculate(children, parameters);
}
