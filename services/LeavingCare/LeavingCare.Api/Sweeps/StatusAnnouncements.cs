using CorporateParenting.Calendar;
using CorporateParenting.Contracts.LeavingCare;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Hosting;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Api.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LeavingCare.Api.Sweeps;

/// <summary>
/// Announces changed categories (docs/leaving-care.md §2.2): a young person whose category differs from the one last
/// announced, and has held for the quiet period (<see cref="StatusAnnouncementOptions.Quiet"/>), is claimed with
/// <c>FOR UPDATE SKIP LOCKED</c> (a thousand at a time) and <c>CareLeaverStatusChanged</c> is queued from the announced
/// category to the one held, in the transaction that records it as announced: once per change however many instances
/// run, and a category that came and went within the quiet period (events out of order) is never announced.
/// </summary>
public sealed class StatusAnnouncements(LeavingCareDbContext db, TimeProvider clock, IOptions<StatusAnnouncementOptions> options, ILogger<StatusAnnouncements> logger)
    : IPeriodicSweep
{
    public const int BatchSize = 1000;

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var announced = await RunAsync(cancellationToken);
        if (announced > 0)
        {
            logger.LogInformation("Status announcements: {Announced} changes of category announced", announced);
        }
    }

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var announced = 0;
        while (true)
        {
            var batch = await AnnounceBatchAsync(cancellationToken);
            announced += batch;
            if (batch < BatchSize)
            {
                return announced;
            }
        }
    }

    private async Task<int> AnnounceBatchAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var heldSince = now - options.Value.Quiet;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var claimed = await db.YoungPeople.FromSql(
            $"""
            SELECT * FROM young_people
            WHERE category <> announced_category AND category_changed_at <= {heldSince}
            ORDER BY category_changed_at LIMIT {BatchSize}
            FOR UPDATE SKIP LOCKED
            """).ToListAsync(ct);
        foreach (var person in claimed)
        {
            db.AddIntegrationEvent(new CareLeaverStatusChanged(person.Id, person.GivenName, person.FamilyName, person.DateOfBirth,
                person.AnnouncedCategory, person.Category, person.CategorySince ?? clock.Today(), now));
            person.AnnouncedCategory = person.Category;
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return claimed.Count;
    }
}
