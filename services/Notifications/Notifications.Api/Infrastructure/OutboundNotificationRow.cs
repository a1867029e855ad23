using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// One of our children's placements in another authority's area and the notices that authority is owed
/// (docs/out-of-area.md §7, §9): who, where, from when, the state (<c>OutboundState</c>: intent, placed, ended,
/// withdrawn), each notice's due date and the day it was sent, and what staff add (<see cref="Content"/>, jsonb).
/// </summary>
public sealed class OutboundNotificationRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public Guid? PeriodOfCareId { get; set; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string HostAuthorityCode { get; set; }
    public required string PlacementType { get; set; }
    public string? PlacementProvider { get; set; }
    public string? PlacementPostcode { get; set; }
    public string? LegalStatus { get; set; }
    public DateOnly StartsOn { get; set; }
    public bool IsEmergency { get; set; }

    /// <summary><c>intent</c>, <c>placed</c>, <c>ended</c> or <c>withdrawn</c>.</summary>
    public required string State { get; set; }

    /// <summary>For an intent: who approved the placement (reg 11: the nominated officer, or the DCS for a placement at a distance).</summary>
    public string? ApprovedBy { get; set; }
    public string? ApproverRole { get; set; }
    public string? WithdrawnBecause { get; set; }

    public DateOnly PlacementNoticeDue { get; set; }
    public DateOnly? PlacementNoticeSentOn { get; set; }
    public DateOnly? EndIntendedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public DateOnly? EndNoticeDue { get; set; }
    public DateOnly? EndNoticeSentOn { get; set; }

    /// <summary>When the host acknowledged each notice, who did and how (<c>AcknowledgementVia</c>): docs/out-of-area.md §12.</summary>
    public DateTimeOffset? PlacementNoticeAcknowledgedAt { get; set; }
    public string? PlacementNoticeAcknowledgedBy { get; set; }
    public string? PlacementNoticeAcknowledgedVia { get; set; }
    public DateTimeOffset? EndNoticeAcknowledgedAt { get; set; }
    public string? EndNoticeAcknowledgedBy { get; set; }
    public string? EndNoticeAcknowledgedVia { get; set; }

    /// <summary>The day the <c>placement</c> or <c>end</c> notice was sent.</summary>
    public DateOnly? SentOn(string notice) => notice == "end" ? EndNoticeSentOn : PlacementNoticeSentOn;

    /// <summary>When the host acknowledged the <c>placement</c> or <c>end</c> notice.</summary>
    public DateTimeOffset? AcknowledgedAt(string notice) => notice == "end" ? EndNoticeAcknowledgedAt : PlacementNoticeAcknowledgedAt;

    /// <summary>The social worker's checklist of the other reg 13 recipients (<c>RecipientRecord</c>s as JSON): docs/out-of-area.md §13.</summary>
    public string OtherRecipients { get; set; } = "[]";

    /// <summary><c>NoticeContent</c> as JSON: the needs assessment, reasons, care plan, contacts, school, GP and risks.</summary>
    public required string Content { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

/// <summary>A notice announced overdue: once per notification, notice and due date (<c>OutOfAreaNoticeOverdue</c>).</summary>
public sealed class NoticeOverdueRow
{
    public Guid NotificationId { get; init; }
    public required string Notice { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTimeOffset AnnouncedAt { get; init; }
}

public sealed class OutboundNotificationConfiguration : IEntityTypeConfiguration<OutboundNotificationRow>, IEntityTypeConfiguration<NoticeOverdueRow>
{
    public void Configure(EntityTypeBuilder<NoticeOverdueRow> builder)
    {
        builder.ToTable("outbound_notices_overdue");
        builder.HasKey(r => new { r.NotificationId, r.Notice, r.DueOn });
        builder.Property(r => r.NotificationId).HasColumnName("notification_id");
        builder.Property(r => r.Notice).HasColumnName("notice").HasMaxLength(10);
        builder.Property(r => r.DueOn).HasColumnName("due_on");
        builder.Property(r => r.AnnouncedAt).HasColumnName("announced_at");
        builder.HasOne<OutboundNotificationRow>().WithMany().HasForeignKey(r => r.NotificationId);
    }

    public void Configure(EntityTypeBuilder<OutboundNotificationRow> builder)
    {
        builder.ToTable("outbound_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(n => n.ChildId).HasColumnName("child_id");
        builder.Property(n => n.PeriodOfCareId).HasColumnName("period_of_care_id");
        builder.Property(n => n.GivenName).HasColumnName("given_name").HasMaxLength(100);
        builder.Property(n => n.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        builder.Property(n => n.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(n => n.HostAuthorityCode).HasColumnName("host_authority_code").HasMaxLength(9);
        builder.Property(n => n.PlacementType).HasColumnName("placement_type").HasMaxLength(3);
        builder.Property(n => n.PlacementProvider).HasColumnName("placement_provider").HasMaxLength(3);
        builder.Property(n => n.PlacementPostcode).HasColumnName("placement_postcode").HasMaxLength(8);
        builder.Property(n => n.LegalStatus).HasColumnName("legal_status").HasMaxLength(2);
        builder.Property(n => n.StartsOn).HasColumnName("starts_on");
        builder.Property(n => n.IsEmergency).HasColumnName("is_emergency");
        builder.Property(n => n.State).HasColumnName("state").HasMaxLength(10);
        builder.Property(n => n.ApprovedBy).HasColumnName("approved_by").HasMaxLength(200);
        builder.Property(n => n.ApproverRole).HasColumnName("approver_role").HasMaxLength(20);
        builder.Property(n => n.WithdrawnBecause).HasColumnName("withdrawn_because").HasMaxLength(500);
        builder.Property(n => n.PlacementNoticeDue).HasColumnName("placement_notice_due");
        builder.Property(n => n.PlacementNoticeSentOn).HasColumnName("placement_notice_sent_on");
        builder.Property(n => n.EndIntendedOn).HasColumnName("end_intended_on");
        builder.Property(n => n.EndedOn).HasColumnName("ended_on");
        builder.Property(n => n.EndNoticeDue).HasColumnName("end_notice_due");
        builder.Property(n => n.EndNoticeSentOn).HasColumnName("end_notice_sent_on");
        builder.Property(n => n.PlacementNoticeAcknowledgedAt).HasColumnName("placement_notice_acknowledged_at");
        builder.Property(n => n.PlacementNoticeAcknowledgedBy).HasColumnName("placement_notice_acknowledged_by").HasMaxLength(200);
        builder.Property(n => n.PlacementNoticeAcknowledgedVia).HasColumnName("placement_notice_acknowledged_via").HasMaxLength(10);
        builder.Property(n => n.EndNoticeAcknowledgedAt).HasColumnName("end_notice_acknowledged_at");
        builder.Property(n => n.EndNoticeAcknowledgedBy).HasColumnName("end_notice_acknowledged_by").HasMaxLength(200);
        builder.Property(n => n.EndNoticeAcknowledgedVia).HasColumnName("end_notice_acknowledged_via").HasMaxLength(10);
        builder.Property(n => n.Content).HasColumnName("content").HasColumnType("jsonb");
        builder.Property(n => n.OtherRecipients).HasColumnName("other_recipients").HasColumnType("jsonb").HasDefaultValueSql("'[]'::jsonb");
        builder.Property(n => n.CreatedAt).HasColumnName("created_at");
        builder.Property(n => n.UpdatedAt).HasColumnName("updated_at");
        builder.Property(n => n.Version).HasColumnName("version").IsConcurrencyToken();
        builder.ToTable(t => t.HasCheckConstraint("ck_outbound_notifications_state", "state IN ('intent', 'placed', 'ended', 'withdrawn')"));
        // One notification per placement: an event repeated or a second intent for the same day finds the first.
        builder.HasIndex(n => new { n.ChildId, n.StartsOn }).IsUnique().HasFilter("state <> 'withdrawn'").HasDatabaseName("ux_outbound_notifications_placement");
        builder.HasIndex(n => n.HostAuthorityCode).HasDatabaseName("ix_outbound_notifications_host");
    }
}
