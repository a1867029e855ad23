using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Notifications.Api.Infrastructure;

public sealed class InboundNotificationConfiguration : IEntityTypeConfiguration<InboundNotificationRow>
{
    public void Configure(EntityTypeBuilder<InboundNotificationRow> builder)
    {
        builder.ToTable("inbound_notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(n => n.PlacingAuthorityCode).HasColumnName("placing_authority_code").HasMaxLength(9);
        builder.Property(n => n.PartnerReference).HasColumnName("partner_reference").HasMaxLength(50);
        builder.Property(n => n.GivenName).HasColumnName("given_name").HasMaxLength(100);
        builder.Property(n => n.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        builder.Property(n => n.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(n => n.Sex).HasColumnName("sex").HasMaxLength(1);
        builder.Property(n => n.LegalStatus).HasColumnName("legal_status").HasMaxLength(2);
        builder.Property(n => n.PlacementType).HasColumnName("placement_type").HasMaxLength(3);
        builder.Property(n => n.PlacementPostcode).HasColumnName("placement_postcode").HasMaxLength(8);
        builder.Property(n => n.PlacementStartOn).HasColumnName("placement_start_on");
        builder.Property(n => n.IsEmergency).HasColumnName("is_emergency");
        builder.Property(n => n.LastHealthAssessmentOn).HasColumnName("last_health_assessment_on");
        builder.Property(n => n.ReviewHealthAssessmentsRequested).HasColumnName("review_health_assessments_requested");
        builder.Property(n => n.State).HasColumnName("state").HasMaxLength(10).HasDefaultValue(InboundNotificationRow.Placed);
        builder.Property(n => n.EndedOn).HasColumnName("ended_on");
        builder.Property(n => n.WithdrawnBecause).HasColumnName("withdrawn_because").HasMaxLength(500);
        builder.ToTable(t => t.HasCheckConstraint("ck_inbound_notifications_state", "state IN ('placed', 'ended', 'withdrawn')"));
        builder.Property(n => n.ReceivedOn).HasColumnName("received_on");
        builder.Property(n => n.IsLate).HasColumnName("is_late");
        builder.Property(n => n.CreatedAt).HasColumnName("created_at");
        builder.Property(n => n.UpdatedAt).HasColumnName("updated_at");
        builder.Property(n => n.Version).HasColumnName("version").IsConcurrencyToken();
        // A partner's reference identifies its child for it alone; the same reference from two partners is two children.
        builder.HasIndex(n => new { n.PlacingAuthorityCode, n.PartnerReference }).IsUnique();
    }
}
