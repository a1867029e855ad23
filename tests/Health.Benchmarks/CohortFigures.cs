extern alias HealthApi;

using CorporateParenting.Health.V1;
using HealthApi::Health.Api.Sweeps;

namespace Health.Benchmarks;

/// <summary>What one cohort measured: its seeding, the sweep twice, its events' publication, the measures and the worklist.</summary>
public sealed record CohortFigures(
    SeedReport Seed, TimeSpan Vacuum, (SweepResult Result, TimeSpan Elapsed) FirstSweep, TimeSpan Published,
    TimeSpan SteadySweep, HealthMeasures Measures, TimeSpan MeasuresElapsed, (double P50, double P99) Worklist, double PeakMb);
