using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Webhooks;

namespace Notifications.Api.Webhooks;

/// <summary>
/// Accepted signatures in <c>seen_signatures</c>: the first sighting inserts the row (a second, even at the same moment
/// on another instance, finds the key taken: a replay); rows past keeping are cleared as new ones arrive.
/// </summary>
public sealed class SeenSignatures(NotificationsDbContext db, TimeProvider clock) : ISeenSignatures
{
    public async Task<bool> FirstSightingAsync(string signature, DateTimeOffset keepUntil, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"DELETE FROM seen_signatures WHERE keep_until < {clock.GetUtcNow()}", ct);
        return await db.Database.ExecuteSqlAsync(
            $"INSERT INTO seen_signatures (signature, keep_until) VALUES ({signature}, {keepUntil}) ON CONFLICT DO NOTHING", ct) == 1;
    }
}
