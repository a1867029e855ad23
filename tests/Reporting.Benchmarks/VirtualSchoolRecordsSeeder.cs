extern alias VirtualSchoolApi;

using Health.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CorporateParenting.ServiceDefaults.Data;
using Npgsql;
using VirtualSchool.Domain.Terms;
using VirtualSchoolApi::VirtualSchool.Api.Infrastructure;

namespace Reporting.Benchmarks;

/// <summary>
/// What schools would have sent the Virtual School for the measures the scorecard reads (docs/virtual-school.md §7): an
/// attendance mark for each session of each school day from September 2025 to March 2026 for each of our pupils of
/// school age (Reception to Year 11 in 2025/26) while looked after, and a few suspensions. Absence is drawn per pupil:
/// most miss under a tenth of their sessions, a quarter are persistently absent (10% or more) and a few severely (50%
/// or more). Written by binary COPY a chunk of pupils at a time; pupils already seeded are skipped, so the national
/// cohort's seeding leaves the baseline's as it was.
/// </summary>
public sealed class VirtualSchoolRecordsSeeder(IServiceProvider services, int seed)
{
    private const int ChunkSize = 2_000;
    private const string Urn = "100000";
    private static readonly DateOnly From = new(2025, 9, 1);
    private static readonly DateOnly To = new(2026, 3, 31);
    // Reception (4 on 31 August 2025) to Year 11 (15 on it).
    private static readonly DateOnly YoungestBorn = new(2021, 8, 31);
    private static readonly DateOnly OldestBorn = new(2009, 9, 1);

    private readonly Random _random = new(seed);
    private readonly HashSet<Guid> _seeded = [];

    public async Task<(int Pupils, long Marks, long Suspensions)> SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var schoolDays = scope.ServiceProvider.GetRequiredService<SchoolTermCalendar>().SchoolDays(From, To).ToList();
        var db = scope.ServiceProvider.GetRequiredService<VirtualSchoolDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var (seeded, marks, suspensions) = (0, 0L, 0L);
        var receivedAt = DateTimeOffset.UtcNow;
        var pupils = db.Set<PupilRow>().AsNoTracking()
            .Where(p => p.Responsibility == PupilRow.Ours && p.DateOfBirth >= OldestBorn && p.DateOfBirth <= YoungestBorn && p.InCareSince != null);
        await foreach (var page in KeysetPages.PagesAsync(pupils.Select(p => p.Id), ChunkSize, cancellationToken))
        {
            var chunk = await pupils.Where(p => page.Contains(p.Id)).OrderBy(p => p.Id).Select(p => new { p.Id, p.InCareSince, p.LeftCareOn }).ToListAsync(cancellationToken);
            var newMarks = new List<AttendanceMarkRow>();
            var newSuspensions = new List<ExclusionRow>();
            foreach (var pupil in chunk.Where(p => _seeded.Add(p.Id)))
            {
                var days = schoolDays.Where(d => d >= pupil.InCareSince && (pupil.LeftCareOn is null || d <= pupil.LeftCareOn)).ToList();
                if (days.Count == 0)
                {
                    continue;
                }
                seeded++;
                var absence = AbsenceRate();
                foreach (var day in days)
                {
                    for (short session = 0; session < 2; session++)
                    {
                        newMarks.Add(new AttendanceMarkRow
                        {
                            PupilId = pupil.Id, Date = day, Session = session, Code = _random.NextDouble() < absence ? Absent() : session == 0 ? "/" : "\\",
                            Urn = Urn, Source = "benchmark", SentBy = "benchmark", ReceivedAt = receivedAt,
                        });
                    }
                }
                if (_random.NextDouble() < 0.11)
                {
                    newSuspensions.Add(new ExclusionRow
                    {
                        Id = Guid.NewGuid(), PupilId = pupil.Id, Kind = ExclusionRow.Suspension, StartsOn = days[_random.Next(days.Count)], Sessions = 2,
                        Urn = Urn, RecordedBy = "benchmark", RecordedAt = receivedAt,
                    });
                }
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            marks += (long)await BinaryCopy.WriteAsync(connection, db.Model, newMarks, cancellationToken);
            suspensions += (long)await BinaryCopy.WriteAsync(connection, db.Model, newSuspensions, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return (seeded, marks, suspensions);
    }

    /// <summary>The share of sessions a pupil misses: under 10% for most, 10–45% for a quarter, 50–90% for 3 in 100.</summary>
    private double AbsenceRate() => _random.NextDouble() switch
    {
        < 0.72 => _random.NextDouble() * 0.09,
        < 0.97 => 0.10 + _random.NextDouble() * 0.35,
        _ => 0.50 + _random.NextDouble() * 0.40,
    };

    /// <summary>Illness, unauthorised, medical appointment or holiday not agreed.</summary>
    private string Absent() => _random.Next(10) switch
    {
        < 5 => "I",
        < 8 => "O",
        < 9 => "M",
        _ => "G",
    };
}
