extern alias LeavingCareApi;

using Health.Benchmarks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using CorporateParenting.ServiceDefaults.Data;
using Npgsql;
using Placements.Synthetic;
using LeavingCareApi::LeavingCare.Api.Infrastructure;

namespace Reporting.Benchmarks;

/// <summary>
/// What personal advisers would have recorded for the care leaver returns the scorecard compares (docs/leaving-care.md
/// §7.3): around each 17th to 21st birthday from April 2023 to March 2026, a contact in the weeks before it, and the
/// accommodation and activity in effect on it, drawn to the national shares of reference-figures.md §4 (92% in touch,
/// 88% suitably accommodated, 39% NEET). Every young person Leaving Care holds gets them; those outside the OC3 cohort are
/// ignored by the return as a real team's records would be. Written by binary COPY a chunk at a time; young people
/// already seeded are skipped, so the national cohort's seeding leaves the baseline's as it was.
/// </summary>
public sealed class LeavingCareRecordsSeeder(IServiceProvider services, int seed)
{
    private const int ChunkSize = 5_000;
    private static readonly DateOnly From = new(2023, 4, 1);
    private static readonly DateOnly To = new(2026, 3, 31);

    private static readonly Weighted<string> InTouch = new(("YES", 92), ("NO", 4), ("REFU", 2), ("NREQ", 1), ("RHOM", 1));
    private static readonly Weighted<string> Accommodation = new(
        ("U1", 31), ("D1", 18), ("B1", 11), ("Z1", 9), ("E1", 7), ("C1", 4), ("T1", 4), ("Y1", 4),
        ("S2", 3), ("V2", 2), ("W2", 2), ("K2", 2), ("X2", 1), ("U2", 2));
    private static readonly Weighted<string> Activity = new(
        ("F1", 7), ("F2", 22), ("F4", 10), ("F5", 8), ("P1", 2), ("P2", 5), ("P4", 3), ("P5", 4), ("G4", 11), ("G5", 21), ("G6", 7));

    private readonly Random _random = new(seed);
    private readonly HashSet<Guid> _seeded = [];

    public async Task<(int YoungPeople, long Records)> SeedAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LeavingCareDbContext>();
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await connection.OpenAsync(cancellationToken);
        var (people, records) = (0, 0L);
        var recordedAt = DateTimeOffset.UtcNow;
        await foreach (var page in KeysetPages.PagesAsync(db.YoungPeople.Select(p => p.Id), ChunkSize, cancellationToken))
        {
            var chunk = await db.YoungPeople.AsNoTracking().Where(p => page.Contains(p.Id)).OrderBy(p => p.Id).Select(p => new { p.Id, p.DateOfBirth }).ToListAsync(cancellationToken);
            var rows = new List<InTouchRecordRow>();
            foreach (var person in chunk.Where(p => _seeded.Add(p.Id)))
            {
                people++;
                for (var age = 17; age <= 21; age++)
                {
                    var birthday = person.DateOfBirth.AddYears(age);
                    if (birthday < From || birthday > To)
                    {
                        continue;
                    }
                    InTouchRecordRow Row(string kind, DateOnly on, string code) => new()
                    {
                        YoungPersonId = person.Id, Kind = kind, On = on, Code = code, Method = kind == InTouchRecordRow.Contact ? "visit" : null,
                        RecordedBy = "benchmark", RecordedAt = recordedAt,
                    };
                    rows.Add(Row(InTouchRecordRow.Contact, birthday.AddDays(-_random.Next(0, 60)), InTouch.Pick(_random)));
                    rows.Add(Row(InTouchRecordRow.Accommodation, birthday.AddDays(-_random.Next(30, 120)), Accommodation.Pick(_random)));
                    rows.Add(Row(InTouchRecordRow.Activity, birthday.AddDays(-_random.Next(30, 120)), Activity.Pick(_random)));
                }
            }
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            records += (long)await BinaryCopy.WriteAsync(connection, db.Model, rows, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        return (people, records);
    }
}
