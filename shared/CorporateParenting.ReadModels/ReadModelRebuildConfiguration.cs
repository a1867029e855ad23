using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.ReadModels;

public sealed class ReadModelRebuildConfiguration : IEntityTypeConfiguration<ReadModelRebuildRow>
{
    public const string Table = "read_model_rebuilds";

    public void Configure(EntityTypeBuilder<ReadModelRebuildRow> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.Trigger).HasColumnName("trigger").HasMaxLength(20);
        builder.Property(r => r.RequestedBy).HasColumnName("requested_by").HasMaxLength(200);
        builder.Property(r => r.RequestedAt).HasColumnName("requested_at");
        builder.Property(r => r.ChangedSince).HasColumnName("changed_since");
        builder.Property(r => r.Status).HasColumnName("status").HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StartedAt).HasColumnName("started_at");
        builder.Property(r => r.StartedOn).HasColumnName("started_on");
        builder.Property(r => r.CompletedAt).HasColumnName("completed_at");
        builder.Property(r => r.ResumeAfterChildId).HasColumnName("resume_after_child_id");
        builder.Property(r => r.ChildrenApplied).HasColumnName("children_applied");
        builder.Property(r => r.ChildrenFailed).HasColumnName("children_failed");
        builder.Property(r => r.Attempts).HasColumnName("attempts");
        builder.Property(r => r.LastError).HasColumnName("last_error");
        // The first start is requested once, however many instances start at once and however often they restart.
        builder.HasIndex(r => r.Trigger).IsUnique().HasFilter($"trigger = '{ReadModelRebuildRow.FirstStart}'")
            .HasDatabaseName("ix_read_model_rebuilds_one_first_start");
        builder.HasIndex(r => r.RequestedAt).HasDatabaseName("ix_read_model_rebuilds_requested_at");
    }
}
