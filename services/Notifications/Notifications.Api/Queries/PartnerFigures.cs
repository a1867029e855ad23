using CorporateParenting.Calendar;
using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Queries;

/// <summary>
/// One partner authority's notices in a period (docs/out-of-area.md §14): the placement notices it sent us and how many
/// were late by convention 9; the placement notices we owed it and how many went late (or are overdue and unsent); and
/// ours it has not acknowledged. Counts under the threshold are "c" and rates "c" or "z" (docs/reference-figures.md §9).
/// </summary>
public sealed record PartnerNoticeFigures(
    string AuthorityCode, string? Name, string Received, string ReceivedLate, string ReceivedLateRate,
    string Owed, string OwedLate, string OwedLateRate, string SentUnacknowledged);

/// <summary>The figures for every partner with a notice either way in the period, most notices first.</summary>
public sealed record NotificationFigures(DateOnly From, DateOnly To, IReadOnlyList<PartnerNoticeFigures> Partners, int? SuppressedBelow);

/// <summary>GET /api/notifications/figures: lateness per partner for the Corporate Parenting Board, no child named.</summary>
public sealed class PartnerFiguresHandler(NotificationsDbContext db, TimeProvider clock)
{
    public const int SmallNumberThreshold = 10;

    public async Task<NotificationFigures> HandleAsync(string? from, string? to, bool suppress, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var first = errors.OptionalDate("from", from, DateKind.Event, today) ?? today.AddYears(-1).AddDays(1);
        var last = errors.OptionalDate("to", to, DateKind.Event, today) ?? today;
        if (last < first)
        {
            errors.Add("to", $"is before from ({first:yyyy-MM-dd}).");
        }
        errors.ThrowIfAny();

        var received = await db.InboundNotifications.AsNoTracking().Where(n => n.ReceivedOn >= first && n.ReceivedOn <= last)
            .GroupBy(n => n.PlacingAuthorityCode).Select(g => new { Code = g.Key, Count = g.Count(), Late = g.Count(n => n.IsLate) })
            .ToDictionaryAsync(g => g.Code, ct);
        var owed = await db.OutboundNotifications.AsNoTracking()
            .Where(n => n.State != "withdrawn" && n.PlacementNoticeDue >= first && n.PlacementNoticeDue <= last)
            .Select(n => new { n.HostAuthorityCode, n.PlacementNoticeDue, n.PlacementNoticeSentOn, n.PlacementNoticeAcknowledgedAt })
            .ToListAsync(ct);
        var owedByHost = owed.GroupBy(n => n.HostAuthorityCode).ToDictionary(g => g.Key, g => new
        {
            Count = g.Count(),
            Late = g.Count(n => n.PlacementNoticeSentOn is { } sent ? sent > n.PlacementNoticeDue : NoticeDeadlines.IsOverdue(n.PlacementNoticeDue, today)),
            Unacknowledged = g.Count(n => n.PlacementNoticeSentOn is not null && n.PlacementNoticeAcknowledgedAt is null),
        });
        var names = await db.Partners.AsNoTracking().ToDictionaryAsync(p => p.AuthorityCode, p => p.Name, ct);

        int? threshold = suppress ? SmallNumberThreshold : null;
        string Count(int n) => threshold is { } t ? SmallNumbers.Show(n, t) : $"{n}";
        string Rate(int n, int of) => SmallNumbers.ShowRate(n, of, threshold ?? 0);
        var partners = received.Keys.Union(owedByHost.Keys)
            .Select(code => (code, r: received.GetValueOrDefault(code), o: owedByHost.GetValueOrDefault(code)))
            .OrderByDescending(p => (p.r?.Count ?? 0) + (p.o?.Count ?? 0)).ThenBy(p => p.code)
            .Select(p => new PartnerNoticeFigures(p.code, names.GetValueOrDefault(p.code),
                Count(p.r?.Count ?? 0), Count(p.r?.Late ?? 0), Rate(p.r?.Late ?? 0, p.r?.Count ?? 0),
                Count(p.o?.Count ?? 0), Count(p.o?.Late ?? 0), Rate(p.o?.Late ?? 0, p.o?.Count ?? 0), Count(p.o?.Unacknowledged ?? 0)))
            .ToList();
        return new NotificationFigures(first, last, partners, threshold);
    }
}
