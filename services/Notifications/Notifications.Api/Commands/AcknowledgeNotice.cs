using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Notifications.Api.Infrastructure;
using Notifications.Api.Options;
using Notifications.Domain;
using Notifications.Domain.Acknowledgements;

namespace Notifications.Api.Commands;

/// <summary>A host partner acknowledging a notice through the API: who there acknowledged it (the token's subject if left out).</summary>
public sealed record AcknowledgeNoticeRequest(string? AcknowledgedBy);

/// <summary>Staff recording an acknowledgement that came another way (a phone call, a reply): the day and who at the host.</summary>
public sealed record RecordAcknowledgementRequest(string? AcknowledgedOn, string? AcknowledgedBy);

/// <summary>What following an emailed acknowledgement link came to.</summary>
public enum LinkOutcome { Acknowledged, AlreadyUsed, Expired, Unknown }

/// <summary>
/// The host acknowledging a notice we sent (docs/out-of-area.md §12), in one of three ways: a webhook partner through our
/// API (signed, and only for a notice to its own authority: any other is a 404), anyone with the one-use link an email
/// carried, or our staff recording one that came another way. The first acknowledgement of a notice stands; a repeat
/// answers with it and changes nothing.
/// </summary>
public sealed class NoticeAcknowledgements(NotificationsDbContext db, OutboundNotices notices, IOptions<AcknowledgementOptions> options, TimeProvider clock)
{
    public const string ViaApi = "api";
    public const string ViaEmail = "email";
    public const string ViaStaff = "staff";

    /// <summary>Where a webhook partner acknowledges a notice (it arrives in the notice as <c>acknowledge</c>).</summary>
    public string PartnerApiUrl(Guid notificationId, string notice) =>
        new Uri(options.Value.PublicBaseUrl!, $"/api/partner/received-notices/{notificationId}/{notice}/acknowledgement").ToString();

    /// <summary>A new one-use link for an emailed notice, added to the context (saved by the caller before the email goes).</summary>
    public string NewLink(DeliveryRow delivery, DateTimeOffset now)
    {
        var (token, hash) = AcknowledgementLink.New();
        db.Add(new AcknowledgementLinkRow
        {
            TokenHash = hash, NotificationId = delivery.NotificationId, Notice = delivery.Notice, DeliveryId = delivery.Id,
            CreatedAt = now, ExpiresAt = now + options.Value.LinkLifetime,
        });
        return new Uri(options.Value.PublicBaseUrl!, $"/acknowledge/{token}").ToString();
    }

    public Task<OutboundNotificationRow> ByPartnerAsync(Guid id, string notice, AcknowledgeNoticeRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.OneOf("notice", notice, ChangeOutboundNotificationHandler.Notices);
        var by = errors.Optional("acknowledgedBy", request.AcknowledgedBy, maxLength: 150, TextKind.PersonName);
        errors.ThrowIfAny();
        var authority = PartnerNotices.AuthorityOf(caller);
        return notices.ChangeAsync(id, "AcknowledgeNoticeByApi", async row =>
        {
            if (row.HostAuthorityCode != authority)
            {
                throw new NotFoundException("Notice", id);
            }
            if (row.SentOn(notice) is null && !await db.Set<DeliveryRow>().AnyAsync(d => d.NotificationId == id && d.Notice == notice, ct))
            {
                throw new NotificationRuleViolation($"No {notice} notice has been sent to {authority} for this placement yet.");
            }
            Record(row, notice, clock.GetUtcNow(), $"{by ?? PlatformClaims.SubjectOf(caller)} ({authority})", ViaApi);
        }, ct);
    }

    public Task<OutboundNotificationRow> ByStaffAsync(Guid id, string notice, RecordAcknowledgementRequest request, ClaimsPrincipal caller, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        errors.OneOf("notice", notice, ChangeOutboundNotificationHandler.Notices);
        var on = errors.RequiredDate("acknowledgedOn", request.AcknowledgedOn, DateKind.Event, today);
        errors.NotAfterToday("acknowledgedOn", on, today, "an acknowledgement is recorded once it has come");
        var by = errors.Required("acknowledgedBy", request.AcknowledgedBy, maxLength: 150, TextKind.PersonName);
        errors.ThrowIfAny();
        return notices.ChangeAsync(id, "RecordNoticeAcknowledgement", row =>
        {
            var sent = row.SentOn(notice) ?? throw new NotificationRuleViolation($"The {notice} notice is not recorded as sent: record it sent first.");
            var beforeSent = new FieldErrors();
            if (on < sent)
            {
                beforeSent.Add("acknowledgedOn", $"is before the notice was sent ({sent:yyyy-MM-dd}).");
            }
            beforeSent.ThrowIfAny();
            Record(row, notice, new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), $"{by} (recorded by {PlatformClaims.SubjectOf(caller)})", ViaStaff);
        }, ct);
    }

    /// <summary>The link's notice, for the page that asks the reader to confirm; none for a token that is not a live link.</summary>
    public async Task<(LinkOutcome Outcome, OutboundNotificationRow? Notification, string? Notice)> ReadLinkAsync(string token, CancellationToken ct)
    {
        if (await FindLinkAsync(token, ct) is not { } link)
        {
            return (LinkOutcome.Unknown, null, null);
        }
        var notification = await db.OutboundNotifications.AsNoTracking().SingleAsync(n => n.Id == link.NotificationId, ct);
        return (Outcome(link, clock.GetUtcNow()) ?? LinkOutcome.Acknowledged, notification, link.Notice);
    }

    /// <summary>Uses the link: the notice is acknowledged by whoever followed it (the name they gave), and the link never works again.</summary>
    public async Task<(LinkOutcome Outcome, OutboundNotificationRow? Notification, string? Notice)> ByLinkAsync(string token, string? name, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var by = errors.Optional("name", name, maxLength: 150, TextKind.PersonName);
        errors.ThrowIfAny();
        if (await FindLinkAsync(token, ct) is not { } found)
        {
            return (LinkOutcome.Unknown, null, null);
        }
        var outcome = LinkOutcome.Acknowledged;
        var row = await notices.ChangeAsync(found.NotificationId, "AcknowledgeNoticeByEmailLink", async row =>
        {
            // Under the child's lock, so two clicks at once use it once.
            var link = await db.Set<AcknowledgementLinkRow>().SingleAsync(l => l.TokenHash == found.TokenHash, ct);
            var now = clock.GetUtcNow();
            if (Outcome(link, now) is { } refused)
            {
                outcome = refused;
                return;
            }
            link.UsedAt = now;
            Record(row, link.Notice, now, $"{by ?? "someone at the host"} (by the emailed link)", ViaEmail);
        }, ct);
        return (outcome, row, found.Notice);
    }

    /// <summary>The link a token opens, looked up by its hash; none for a token of another shape.</summary>
    private async Task<AcknowledgementLinkRow?> FindLinkAsync(string token, CancellationToken ct) =>
        AcknowledgementLink.IsWellFormed(token)
            ? await db.Set<AcknowledgementLinkRow>().AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == AcknowledgementLink.HashOf(token), ct)
            : null;

    private static LinkOutcome? Outcome(AcknowledgementLinkRow link, DateTimeOffset now) =>
        link.UsedAt is not null ? LinkOutcome.AlreadyUsed : now >= link.ExpiresAt ? LinkOutcome.Expired : null;

    /// <summary>The first acknowledgement of a notice stands.</summary>
    private static void Record(OutboundNotificationRow row, string notice, DateTimeOffset at, string by, string via)
    {
        if (notice == "end")
        {
            if (row.EndNoticeAcknowledgedAt is null)
            {
                (row.EndNoticeAcknowledgedAt, row.EndNoticeAcknowledgedBy, row.EndNoticeAcknowledgedVia) = (at, by, via);
            }
        }
        else if (row.PlacementNoticeAcknowledgedAt is null)
        {
            (row.PlacementNoticeAcknowledgedAt, row.PlacementNoticeAcknowledgedBy, row.PlacementNoticeAcknowledgedVia) = (at, by, via);
        }
    }
}
