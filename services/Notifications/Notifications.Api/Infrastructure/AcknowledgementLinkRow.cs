using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// The one-use acknowledgement link an emailed notice carries (docs/out-of-area.md §12), by the SHA-256 of its token:
/// which notice it acknowledges, until when it works, and when it was used (then never again).
/// </summary>
public sealed class AcknowledgementLinkRow
{
    public required string TokenHash { get; init; }
    public Guid NotificationId { get; init; }
    public required string Notice { get; init; }
    public long DeliveryId { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? UsedAt { get; set; }
}

public sealed class AcknowledgementLinkRowConfiguration : IEntityTypeConfiguration<AcknowledgementLinkRow>
{
    public void Configure(EntityTypeBuilder<AcknowledgementLinkRow> builder)
    {
        builder.ToTable("acknowledgement_links");
        builder.HasKey(l => l.TokenHash);
        builder.Property(l => l.TokenHash).HasColumnName("token_hash").HasMaxLength(64);
        builder.Property(l => l.NotificationId).HasColumnName("notification_id");
        builder.Property(l => l.Notice).HasColumnName("notice").HasMaxLength(10);
        builder.Property(l => l.DeliveryId).HasColumnName("delivery_id");
        builder.Property(l => l.CreatedAt).HasColumnName("created_at");
        builder.Property(l => l.ExpiresAt).HasColumnName("expires_at");
        builder.Property(l => l.UsedAt).HasColumnName("used_at");
        builder.HasOne<OutboundNotificationRow>().WithMany().HasForeignKey(l => l.NotificationId);
        builder.HasOne<DeliveryRow>().WithMany().HasForeignKey(l => l.DeliveryId);
        builder.HasIndex(l => l.NotificationId).HasDatabaseName("ix_acknowledgement_links_notification");
    }
}
