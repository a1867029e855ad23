extern alias HealthApi;

using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using HealthApi::Health.Api.Infrastructure;
using HealthApi::Health.Api.Infrastructure.Rows;

namespace Health.Benchmarks;

public sealed record SeedReport(int Children, long Periods, long Assessments, long Events, long Sdqs, long Open, long OverdueUnmarked, TimeSpan Elapsed, TimeSpan Copying)
{
    public double ChildrenPerSecond => Children / Elapsed.TotalSeconds;
}

/// <summary>
/// Loads a synthetic cohort straight into the service's database, a chunk of children at a time (one transaction,
/// one binary COPY per table), so memory stays flat however large the cohort.
/// </summary>
public sealed class CohortSeeder(IServiceProvider services)
{
    private const int ChunkSize = 5_000;

    public async Task<SeedReport> SeedAsync(IEnumerable<SyntheticChild> cohort, DateOnly today, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HealthDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var (children, periods, assessments, events, sdqs, open, overdue) = (0, 0L, 0L, 0L, 0L, 0L, 0L);
        var copying = new Stopwatch();
        foreach (var chunk in cohort.Chunk(ChunkSize))
        {
            copying.Start();
            var chunkAssessments = chunk.SelectMany(c => c.Assessments).ToList();
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await BinaryCopy.WriteAsync<HealthChildRow>(connection, db.Model, chunk.Select(c => c.Child), cancellationToken);
            periods += (long)await BinaryCopy.WriteAsync<CarePeriodRow>(connection, db.Model, chunk.SelectMany(c => c.Child.PeriodsOfCare), cancellationToken);
            assessments += (long)await BinaryCopy.WriteAsync<HealthAssessmentRow>(connection, db.Model, chunkAssessments, cancellationToken);
            events += (long)await BinaryCopy.WriteAsync<AssessmentEventRow>(connection, db.Model, chunkAssessments.SelectMany(a => a.Events), cancellationToken);
            sdqs += (long)await BinaryCopy.WriteAsync<SdqRow>(connection, db.Model, chunk.SelectMany(c => c.Sdqs), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            copying.Stop();
            children += chunk.Length;
            open += chunkAssessments.Count(a => a.IsOpen);
            overdue += chunkAssessments.Count(a => a.IsOpen && a.DueOn < today && a.OverduePublishedAt is null);
        }
        return new SeedReport(children, periods, assessments, events, sdqs, open, overdue, clock.Elapsed, copying.Elapsed);
    }

    /// <summary>
    /// Autovacuum would have analysed and vacuumed tables that grew over years; after a bulk load it has not yet,
    /// and the planner would be measured guessing instead of the service.
    /// </summary>
    public async Task<TimeSpan> VacuumAnalyseAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HealthDbContext>();
        var tables = new[] { typeof(HealthChildRow), typeof(CarePeriodRow), typeof(HealthAssessmentRow), typeof(AssessmentEventRow), typeof(SdqRow) }
            .Select(type => $"\"{db.Model.FindEntityType(type)!.GetTableName()}\"");
        var vacuum = "VACUUM (ANALYZE) " + string.Join(", ", tables);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await db.Database.ExecuteSqlRawAsync(vacuum, cancellationToken);
        return clock.Elapsed;
    }
}
