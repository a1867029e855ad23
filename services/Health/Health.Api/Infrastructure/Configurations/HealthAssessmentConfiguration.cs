using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Health.Api.Infrastructure.Configurations;

public sealed class HealthAssessmentConfiguration : IEntityTypeConfiguration<HealthAssessmentRow>
{
    public void Configure(EntityTypeBuilder<HealthAssessmentRow> builder)
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
        builder.Property(a => a.AppointmentOn).HasColumnName("appointment_on");
        builder.Property(a => a.CompletedOn).HasColumnName("completed_on");
        builder.Property(a => a.ClosedOn).HasColumnName("closed_on");
        builder.Property(a => a.ImmunisationsUpToDate).HasColumnName("immunisations_up_to_date");
        builder.Property(a => a.OverduePublishedAt).HasColumnName("overdue_published_at");
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
        builder.Ignore(a => a.IsOpen);
        // Two nurses recording against the same assessment at once: the second save fails and is retried on the new state.
        builder.Property<uint>("Version").IsRowVersion();
        builder.HasMany(a => a.Events).WithOne().HasForeignKey(e => e.AssessmentId);
        builder.HasIndex(a => a.ChildId);
        // One first item per period of care, its IHA or its health history to be recorded, whatever the delivery order or
        // count of the event and whether a rebuild got there first (docs/health.md §8).
        builder.HasIndex(a => a.PeriodOfCareId).IsUnique().HasFilter("kind IN ('Initial', 'HistoryToRecord')")
            .HasDatabaseName("ix_health_assessments_one_first_item");
        // One health passport per young person.
        builder.HasIndex(a => new { a.ChildId, a.Kind }).IsUnique().HasFilter("kind = 'HealthPassport'").HasDatabaseName("ix_health_assessments_one_passport");
        // The worklist and the sweep read open items by deadline.
        builder.HasIndex(a => a.DueOn, "ix_health_assessments_open_due_on").HasFilter("status IN ('Due', 'Requested', 'Booked')");
        // The sweep's claim: open items not yet announced as overdue, so each day it reads only what is left to do.
        builder.HasIndex(a => a.DueOn, "ix_health_assessments_unannounced_due_on")
            .HasFilter("status IN ('Due', 'Requested', 'Booked') AND overdue_published_at IS NULL");
        builder.HasIndex(a => a.CompletedOn).HasDatabaseName("ix_health_assessments_completed_on");
    }
}
