using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Notifications.Api.Infrastructure;
using Notifications.Api.Options;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Queries;

/// <summary>One partner authority's notices in a period, counted: what it sent us and how many late; what we owed it and how many late; ours it has not acknowledged.</summary>
public sealed record PartnerNoticeCounts(string AuthorityCode, string? Name, int Received, int ReceivedLate, int Owed, int OwedLate, int SentUnacknowledged);

/// <summary>
/// The Board's notification figures for a period, exact (the REST figures and notifications.v1 <c>GetMeasures</c> read
/// them; whoever shows them suppresses small numbers): per partner, and our placement and end notices sent on time.
/// </summary>
public sealed record NotificationMeasures(
    DateOnly From, DateOnly To, IReadOnlyList<PartnerNoticeCounts> Partners, NoticesSentOnTime PlacementNotices, NoticesSentOnTime EndNotices)
{
    /// <summary>Both kinds of notice together.</summary>
    public NoticesSentOnTime NoticesSentOnTime => new(From, To,
        PlacementNotices.OnTime + EndNotices.OnTime, PlacementNotices.Late + EndNotices.Late, PlacementNotices.Pending + EndNotices.Pending);

    public int Received => Partners.Sum(p => p.Received);

    public int ReceivedLate => Partners.Sum(p => p.ReceivedLate);
}

/// <summary>
/// The notification figures from <c>from</c> to <c>to</c>, as things stood on <c>to</c> (docs/out-of-area.md §14): inbound
/// placement notices by the day received, late by convention 9; the notices we owed host authorities by the day due,
/// each placement or end notice measured by <see cref="NoticesSentOnTime"/>. A withdrawn intent owed nothing, and a
/// notice due before the platform took over (<see cref="OutboundOptions.NoticesOwedFrom"/>) is not counted.
/// </summary>
public sealed class GetNotificationMeasuresHandler(NotificationsDbContext db, IOptions<OutboundOptions> outbound)
{
    public async Task<NotificationMeasures> HandleAsync(DateOnly from, DateOnly to, CancellationToken ct)
    {
        var received = await db.InboundNotifications.AsNoTracking().Where(n => n.ReceivedOn >= from && n.ReceivedOn <= to)
            .GroupBy(n => n.PlacingAuthorityCode).Select(g => new { Code = g.Key, Count = g.Count(), Late = g.Count(n => n.IsLate) })
            .ToDictionaryAsync(g => g.Code, ct);

        var owedFrom = outbound.Value.NoticesOwedFrom is { } goLive && goLive > from ? goLive : from;
        var owed = await db.OutboundNotifications.AsNoTracking()
            .Where(n => n.State != "withdrawn"
                && ((n.PlacementNoticeDue >= owedFrom && n.PlacementNoticeDue <= to)
                    || ((n.EndNoticeDue ?? n.EndIntendedOn) >= owedFrom && (n.EndNoticeDue ?? n.EndIntendedOn) <= to)))
            .Select(n => new
            {
                n.HostAuthorityCode, n.PlacementNoticeDue, n.PlacementNoticeSentOn, n.PlacementNoticeAcknowledgedAt,
                EndNoticeDue = n.EndNoticeDue ?? n.EndIntendedOn, n.EndNoticeSentOn,
            })
            .ToListAsync(ct);
        var placementNotices = owed.Where(n => n.PlacementNoticeDue >= owedFrom && n.PlacementNoticeDue <= to).ToList();
        var endNotices = owed.Where(n => n.EndNoticeDue >= owedFrom && n.EndNoticeDue <= to)
            .Select(n => new OwedNotice(n.EndNoticeDue!.Value, n.EndNoticeSentOn)).ToList();

        var owedByHost = placementNotices.GroupBy(n => n.HostAuthorityCode).ToDictionary(g => g.Key, g => new
        {
            Count = g.Count(),
            Late = g.Count(n => NoticesSentOnTime.StandingOn(new OwedNotice(n.PlacementNoticeDue, n.PlacementNoticeSentOn), to) == NoticeStanding.Late),
            Unacknowledged = g.Count(n => n.PlacementNoticeSentOn is not null && n.PlacementNoticeAcknowledgedAt is null),
        });
        var names = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.AuthorityCode, p => p.Name, ct);
        var partners = received.Keys.Union(owedByHost.Keys)
            .Select(code => (code, r: received.GetValueOrDefault(code), o: owedByHost.GetValueOrDefault(code)))
            .OrderByDescending(p => (p.r?.Count ?? 0) + (p.o?.Count ?? 0)).ThenBy(p => p.code)
            .Select(p => new PartnerNoticeCounts(p.code, names.GetValueOrDefault(p.code), p.r?.Count ?? 0, p.r?.Late ?? 0,
                p.o?.Count ?? 0, p.o?.Late ?? 0, p.o?.Unacknowledged ?? 0))
            .ToList();

        return new NotificationMeasures(from, to, partners,
            NoticesSentOnTime.Measure(placementNotices.Select(n => new OwedNotice(n.PlacementNoticeDue, n.PlacementNoticeSentOn)), from, to),
            NoticesSentOnTime.Measure(endNotices, from, to));
    }
}
