using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Commands;
using Microsoft.Extensions.Options;
using Notifications.Api.Infrastructure;
using Notifications.Api.Options;
using Notifications.Domain.Acknowledgements;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Queries;

/// <summary>
/// Our outbound notifications for the notifications team (docs/out-of-area.md §9), audited: the list (state,
/// hostAuthorityCode, newest placement first, paged), one notification, and the worklist of notices still to send,
/// soonest due first.
/// </summary>
public sealed class ListOutboundNotificationsHandler(
    NotificationsDbContext db, IAuditTrail audit, IOptions<OutboundOptions> options, AcknowledgementChase chase, TimeProvider clock)
{
    public static readonly string[] States = [.. Enum.GetValues<OutboundState>().Select(OutboundPlacements.Code)];

    public async Task<Page<OutboundNotificationView>> ListAsync(string? state, string? hostAuthorityCode, int page, int pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = errors.OptionalOneOf("state", state, States);
        errors.CheckAuthorityCode("hostAuthorityCode", hostAuthorityCode);
        errors.ThrowIfAny();
        var (skip, take) = Paging.Validate(page, pageSize);
        var query = db.OutboundNotifications.AsNoTracking();
        query = parsed is null ? query : query.Where(n => n.State == parsed);
        query = hostAuthorityCode is null ? query : query.Where(n => n.HostAuthorityCode == hostAuthorityCode);
        var rows = await query.OrderByDescending(n => n.StartsOn).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(ct);
        await audit.RecordAsync(new AuditEntry("ListOutboundNotifications", OutboundNotices.RecordKind, null, $"{rows.Count} notifications"), ct);
        var today = clock.Today();
        return new Page<OutboundNotificationView>([.. rows.Select(r => OutboundNotificationView.Of(r, today))], await query.CountAsync(ct));
    }

    public async Task<OutboundNotificationView> GetAsync(Guid id, CancellationToken ct)
    {
        var row = await db.OutboundNotifications.AsNoTracking().SingleOrDefaultAsync(n => n.Id == id, ct) ?? throw new NotFoundException("Outbound notification", id);
        await audit.RecordAsync(new AuditEntry("GetOutboundNotification", OutboundNotices.RecordKind, row.ChildId, id.ToString()), ct);
        return OutboundNotificationView.Of(row, clock.Today());
    }

    public async Task<Page<OutboundWorklistItem>> WorklistAsync(bool overdueOnly, int page, int pageSize, CancellationToken ct)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        var items = (await WorkAsync(withChases: true, ct)).Where(i => !overdueOnly || i.IsOverdue).ToList();
        await audit.RecordAsync(new AuditEntry("ListOutboundWorklist", OutboundNotices.RecordKind, null, $"{items.Count} notices"), ct);
        return new Page<OutboundWorklistItem>([.. items.Skip(skip).Take(take)], items.Count);
    }

    /// <summary>The overdue notices, for the sweep that announces them (no person reads them, so no audit row).</summary>
    public async Task<IReadOnlyList<OutboundWorklistItem>> OverdueAsync(CancellationToken ct) => [.. (await WorkAsync(withChases: false, ct)).Where(i => i.IsOverdue)];

    /// <summary>
    /// The notices to act on, soonest due first, from one read of the notifications: every notice not yet sent and owed
    /// since the platform took over (<see cref="OutboundOptions.NoticesOwedFrom"/>) — the placement notices of intents
    /// and placements, the end notices of ended placements or intended ends — and, <paramref name="withChases"/>, the
    /// notices sent since then that the host has not acknowledged within the working days the authority allows
    /// (docs/out-of-area.md §12), to chase from the day that time ran out.
    /// </summary>
    private async Task<List<OutboundWorklistItem>> WorkAsync(bool withChases, CancellationToken ct)
    {
        var today = clock.Today();
        var owedFrom = options.Value.NoticesOwedFrom ?? DateOnly.MinValue;
        var rows = await db.OutboundNotifications.AsNoTracking()
            .Where(n => n.State != "withdrawn" && (n.PlacementNoticeSentOn == null || ((n.EndNoticeDue != null || n.EndIntendedOn != null) && n.EndNoticeSentOn == null)
                || (withChases && ((n.PlacementNoticeSentOn >= owedFrom && n.PlacementNoticeAcknowledgedAt == null)
                    || (n.EndNoticeSentOn >= owedFrom && n.EndNoticeAcknowledgedAt == null)))))
            .ToListAsync(ct);
        return [.. rows.SelectMany(r => ToSend(r, today, owedFrom).Concat(withChases ? ToChase(r, today, owedFrom) : []))
            .OrderBy(i => i.DueOn).ThenBy(i => i.FamilyName).ThenBy(i => i.NotificationId)];
    }

    private static IEnumerable<OutboundWorklistItem> ToSend(OutboundNotificationRow row, DateOnly today, DateOnly owedFrom)
    {
        var v = OutboundNotificationView.Of(row, today);
        return new[] { ("placement", v.PlacementNotice), ("end", v.EndNotice) }
            .Where(n => n.Item2 is { SentOn: null } && n.Item2.DueOn >= owedFrom)
            .Select(n => new OutboundWorklistItem(v.Id, v.ChildId, v.GivenName, v.FamilyName, v.HostAuthorityCode, v.State, n.Item1, OutboundWorklistItem.Send,
                n.Item2!.DueOn, n.Item2.IsOverdue, n.Item2.Missing));
    }

    private IEnumerable<OutboundWorklistItem> ToChase(OutboundNotificationRow row, DateOnly today, DateOnly owedFrom) =>
        ChangeOutboundNotificationHandler.Notices
            .Where(notice => row.SentOn(notice) is { } sent && sent >= owedFrom && row.AcknowledgedAt(notice) is null && chase.IsDue(sent, today))
            .Select(notice => new OutboundWorklistItem(row.Id, row.ChildId, row.GivenName, row.FamilyName, row.HostAuthorityCode, row.State, notice,
                OutboundWorklistItem.Chase, chase.ChaseFrom(row.SentOn(notice)!.Value), IsOverdue: true, [], row.SentOn(notice)));

    /// <summary>The notices sent to one host authority, for its own staff (the partner API), newest placement first.</summary>
    public async Task<Page<OutboundNotificationView>> SentToAsync(string hostAuthorityCode, int page, int pageSize, CancellationToken ct)
    {
        var (skip, take) = Paging.Validate(page, pageSize);
        var query = db.OutboundNotifications.AsNoTracking()
            .Where(n => n.HostAuthorityCode == hostAuthorityCode && (n.PlacementNoticeSentOn != null || n.EndNoticeSentOn != null));
        var rows = await query.OrderByDescending(n => n.StartsOn).ThenBy(n => n.Id).Skip(skip).Take(take).ToListAsync(ct);
        var today = clock.Today();
        return new Page<OutboundNotificationView>([.. rows.Select(r => OutboundNotificationView.Of(r, today))], await query.CountAsync(ct));
    }
}
