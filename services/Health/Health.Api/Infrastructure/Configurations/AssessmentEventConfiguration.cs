using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Health.Api.Infrastructure.Configurations;

public sealed class AssessmentEventConfiguration : IEntityTypeConfiguration<AssessmentEventRow>
{
    public void Configure(EntityTypeBuilder<AssessmentEventRow> builder)
    {
        builder.ToTable("assessment_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(e => e.AssessmentId).HasColumnName("assessment_id");
        builder.Property(e => e.ClientRequestId).HasColumnName("client_request_id").HasMaxLength(100);
        builder.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.OccurredOn).HasColumnName("occurred_on");
        builder.Property(e => e.Clinician).HasColumnName("clinician").HasMaxLength(200);
        builder.Property(e => e.ClinicianRole).HasColumnName("clinician_role").HasMaxLength(20);
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(1000);
        builder.Property(e => e.PreviouslyAssessedOn).HasColumnName("previously_assessed_on");
        builder.Property(e => e.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        builder.HasIndex(e => e.ClientRequestId).IsUnique();
    }
}
