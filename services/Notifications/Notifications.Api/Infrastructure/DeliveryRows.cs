using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// One notice on its way to a host authority (docs/out-of-area.md §11): pending until the partner accepts it
/// (delivered) or the attempts run out (dead, for staff to see and resend); <see cref="NextAttemptAt"/> is when it may
/// be tried next, and also the lease an instance takes while it tries.
/// </summary>
public sealed class DeliveryRow
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Dead = "dead";

    public long Id { get; init; }
    public Guid NotificationId { get; init; }
    public required string Notice { get; init; }
    public required string Channel { get; set; }
    public required string State { get; set; }
    public int Attempts { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? DeliveredAt { get; set; }
    public required string RequestedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>Every attempt to deliver, kept: when, what came back.</summary>
public sealed class DeliveryAttemptRow
{
    public long Id { get; init; }
    public long DeliveryId { get; init; }
    public DateTimeOffset At { get; init; }
    public int? StatusCode { get; init; }
    public required string Outcome { get; init; }
}

public sealed class DeliveryRowConfiguration : IEntityTypeConfiguration<DeliveryRow>, IEntityTypeConfiguration<DeliveryAttemptRow>
{
    public void Configure(EntityTypeBuilder<DeliveryRow> builder)
    {
        builder.ToTable("deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(d => d.NotificationId).HasColumnName("notification_id");
        builder.Property(d => d.Notice).HasColumnName("notice").HasMaxLength(10);
        builder.Property(d => d.Channel).HasColumnName("channel").HasMaxLength(10);
        builder.Property(d => d.State).HasColumnName("state").HasMaxLength(10);
        builder.Property(d => d.Attempts).HasColumnName("attempts");
        builder.Property(d => d.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(d => d.LastError).HasColumnName("last_error").HasMaxLength(500);
        builder.Property(d => d.DeliveredAt).HasColumnName("delivered_at");
        builder.Property(d => d.RequestedBy).HasColumnName("requested_by").HasMaxLength(200);
        builder.Property(d => d.CreatedAt).HasColumnName("created_at");
        builder.ToTable(t => t.HasCheckConstraint("ck_deliveries_state", "state IN ('pending', 'delivered', 'dead')"));
        builder.HasOne<OutboundNotificationRow>().WithMany().HasForeignKey(d => d.NotificationId);
        // One delivery of a notice on its way at a time.
        builder.HasIndex(d => new { d.NotificationId, d.Notice }).IsUnique().HasFilter("state = 'pending'").HasDatabaseName("ux_deliveries_pending");
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("state = 'pending'").HasDatabaseName("ix_deliveries_due");
    }

    public void Configure(EntityTypeBuilder<DeliveryAttemptRow> builder)
    {
        builder.ToTable("delivery_attempts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(a => a.DeliveryId).HasColumnName("delivery_id");
        builder.Property(a => a.At).HasColumnName("at");
        builder.Property(a => a.StatusCode).HasColumnName("status_code");
        builder.Property(a => a.Outcome).HasColumnName("outcome").HasMaxLength(500);
        builder.HasOne<DeliveryRow>().WithMany().HasForeignKey(a => a.DeliveryId);
        builder.HasIndex(a => a.DeliveryId).HasDatabaseName("ix_delivery_attempts_delivery");
    }
}
