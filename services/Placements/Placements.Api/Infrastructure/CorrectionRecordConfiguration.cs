using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Api.Model;

namespace Placements.Api.Infrastructure;

public sealed class CorrectionRecordConfiguration : IEntityTypeConfiguration<CorrectionRecord>
{
    public void Configure(EntityTypeBuilder<CorrectionRecord> builder)
    {
        builder.ToTable("corrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.ChildId).HasColumnName("child_id");
        builder.Property(c => c.PeriodOfCareId).HasColumnName("period_of_care_id");
        builder.Property(c => c.EpisodeStartsOn).HasColumnName("episode_starts_on");
        builder.Property(c => c.Field).HasColumnName("field").HasMaxLength(60);
        builder.Property(c => c.CorrectedFrom).HasColumnName("corrected_from").HasMaxLength(200);
        builder.Property(c => c.CorrectedTo).HasColumnName("corrected_to").HasMaxLength(200);
        builder.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(500);
        builder.Property(c => c.CorrectedAt).HasColumnName("corrected_at");
        builder.HasIndex(c => c.ChildId);
    }
}
