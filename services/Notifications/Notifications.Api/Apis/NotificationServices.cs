using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using Notifications.Api.Infrastructure;
using Notifications.Api.Model;
using Notifications.Domain;

namespace Notifications.Api.Apis;

/// <summary>What the notification handlers need, bound with <c>[AsParameters]</c>.</summary>
public sealed class NotificationServices(NotificationsDbContext db, IAuditTrail audit, NotificationLateness lateness, TimeProvider clock)
{
    public const string RecordKind = "partner-notification";

    public NotificationsDbContext Db { get; } = db;
    public IAuditTrail Audit { get; } = audit;
    public NotificationLateness Lateness { get; } = lateness;
    public TimeProvider Clock { get; } = clock;

    public DateOnly Today => Clock.Today();
}
