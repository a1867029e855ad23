extern alias HealthApi;

using Health.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CorporateParenting.ServiceDefaults.Data;
using Npgsql;
using HealthApi::Health.Api.Infrastructure;
using HealthApi::Health.Api.Infrastructure.Rows;

namespace Reporting.Benchmarks;

/// <summary>
/// What Health would hold for the children it learnt from Placements beyond the first item its read model opened: the
/// yearly carer SDQs and the yearly dental and immunisation checks of every period of care, drawn by Health.Benchmarks'
/// own generators and written by its binary COPY, a chunk of children at a time (one transaction each). Children it
/// has already seeded are skipped, so the national cohort's seeding leaves the baseline's as it was.
/// </summary>
public sealed class HealthRecordsSeeder(IServiceProvider services, int seed, DateOnly today)
{
    private const int ChunkSize = 5_000;

    private readonly SyntheticRandom _random = new(seed);
    private readonly HashSet<Guid> _seeded = [];

    public async Task<(int Children, long Sdqs, long Checks)> SeedAsync(CancellationToken cancellationToken)
    {
        var history = new AssessmentHistory(_random);
        var sdqHistory = new SdqHistory(_random, today);
        var checks = new RoutineChecks(_random, history, today);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HealthDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var (children, sdqs, assessments) = (0, 0L, 0L);
        var ours = db.Children.AsNoTracking().Where(c => c.PlacingAuthorityCode == null);
        await foreach (var page in KeysetPages.PagesAsync(ours.Select(c => c.Id), ChunkSize, cancellationToken))
        {
            var chunk = await ours.Where(c => page.Contains(c.Id)).OrderBy(c => c.Id).Include(c => c.PeriodsOfCare).ToListAsync(cancellationToken);
            var newSdqs = new List<SdqRow>();
            var newChecks = new List<HealthAssessmentRow>();
            foreach (var child in chunk.Where(c => _seeded.Add(c.Id)))
            {
                children++;
                var difficulty = Math.Clamp(_random.Normal(0.35, 0.15), 0.02, 0.95);
                foreach (var period in child.PeriodsOfCare.Where(p => p is { IsShortBreaks: false, StartedOn: not null }))
                {
                    newSdqs.AddRange(sdqHistory.For(child.Id, child.DateOfBirth, period, difficulty));
                    newChecks.AddRange(checks.Yearly(child.Id, child.DateOfBirth, period));
                }
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            sdqs += (long)await BinaryCopy.WriteAsync(connection, db.Model, newSdqs, cancellationToken);
            assessments += (long)await BinaryCopy.WriteAsync(connection, db.Model, newChecks, cancellationToken);
            await BinaryCopy.WriteAsync(connection, db.Model, newChecks.SelectMany(a => a.Events), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return (children, sdqs, assessments);
    }
}
