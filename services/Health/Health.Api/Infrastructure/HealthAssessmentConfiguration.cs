using Health.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Health.Api.Infrastructure;

public sealed class HealthAssessmentConfiguration : IEntityTypeConfiguration<HealthAssessment>
{
    public void Configure(EntityTypeBuilder<HealthAssessment> builder)
    {
        builder.ToTable("health_assessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.ChildId).HasColumnName("child_id");
        builder.Property(a => a.PeriodOfCareId).HasColumnName("period_of_care_id");
        builder.Property(a => a.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.LookedAfterSince).HasColumnName("looked_after_since");
        builder.Property(a => a.DueOn).HasColumnName("due_on");
        builder.Property(a => a.RequestToProviderDueOn).HasColumnName("request_to_provider_due_on");
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(a => a.ChildId);
        // One IHA per period of care, whatever the delivery order or count of the event.
        builder.HasIndex(a => new { a.PeriodOfCareId, a.Kind }).IsUnique().HasFilter("kind = 'Initial'");
    }
}
