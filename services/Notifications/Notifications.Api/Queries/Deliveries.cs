using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain;

namespace Notifications.Api.Queries;

/// <summary>A notice on its way, delivered or dead, with its attempts (newest first) when one is asked for.</summary>
public sealed record DeliveryView(
    long Id, Guid NotificationId, string Notice, string Channel, string State, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError,
    DateTimeOffset? DeliveredAt, string RequestedBy, DateTimeOffset CreatedAt, IReadOnlyList<AttemptView>? History = null)
{
    public static DeliveryView Of(DeliveryRow d, IReadOnlyList<AttemptView>? history = null) => new(
        d.Id, d.NotificationId, d.Notice, d.Channel, d.State, d.Attempts, d.State == DeliveryRow.Pending ? d.NextAttemptAt : null, d.LastError,
        d.DeliveredAt, d.RequestedBy, d.CreatedAt, history);
}

public sealed record AttemptView(DateTimeOffset At, int? StatusCode, string Outcome);

/// <summary>The deliveries for the notifications team (docs/out-of-area.md §11): the list by state (the dead letters), one with its attempts, and a dead one sent again.</summary>
public sealed class DeliveriesHandler(NotificationsDbContext db, TimeProvider clock)
{
    public static readonly string[] States = [DeliveryRow.Pending, DeliveryRow.Delivered, DeliveryRow.Dead];

    public async Task<Page<DeliveryView>> ListAsync(string? state, int page, int pageSize, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var parsed = errors.OptionalOneOf("state", state, States);
        errors.ThrowIfAny();
        var (skip, take) = Paging.Validate(page, pageSize);
        var query = db.Set<DeliveryRow>().AsNoTracking();
        query = parsed is null ? query : query.Where(d => d.State == parsed);
        var rows = await query.OrderByDescending(d => d.Id).Skip(skip).Take(take).ToListAsync(ct);
        return new Page<DeliveryView>([.. rows.Select(d => DeliveryView.Of(d))], await query.CountAsync(ct));
    }

    public async Task<DeliveryView> GetAsync(long id, CancellationToken ct)
    {
        var delivery = await db.Set<DeliveryRow>().AsNoTracking().SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("Delivery", id);
        var attempts = await db.Set<DeliveryAttemptRow>().AsNoTracking().Where(a => a.DeliveryId == id).OrderByDescending(a => a.Id)
            .Select(a => new AttemptView(a.At, a.StatusCode, a.Outcome)).ToListAsync(ct);
        return DeliveryView.Of(delivery, attempts);
    }

    /// <summary>A dead delivery tried again from now, with its attempts counted afresh (the attempts already made stay in its history).</summary>
    public async Task<DeliveryView> ResendAsync(long id, CancellationToken ct)
    {
        var delivery = await db.Set<DeliveryRow>().SingleOrDefaultAsync(d => d.Id == id, ct) ?? throw new NotFoundException("Delivery", id);
        if (delivery.State != DeliveryRow.Dead)
        {
            throw new NotificationRuleViolation($"Only a dead delivery is sent again; this one is {delivery.State}.");
        }
        (delivery.State, delivery.Attempts, delivery.NextAttemptAt) = (DeliveryRow.Pending, 0, clock.GetUtcNow());
        await db.SaveChangesAsync(ct);
        return DeliveryView.Of(delivery);
    }
}
