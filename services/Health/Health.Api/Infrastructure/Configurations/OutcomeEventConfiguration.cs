using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Health.Api.Infrastructure.Configurations;

public sealed class OutcomeEventConfiguration : IEntityTypeConfiguration<OutcomeEventRow>
{
    public void Configure(EntityTypeBuilder<OutcomeEventRow> builder)
    {
        builder.ToTable("outcome_events");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.ChildId).HasColumnName("child_id");
        builder.Property(e => e.Kind).HasColumnName("kind").HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.OccurredOn).HasColumnName("occurred_on");
        builder.Property(e => e.SdqReason).HasColumnName("sdq_reason").HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        builder.HasOne<HealthChildRow>().WithMany().HasForeignKey(e => e.ChildId);
        builder.HasIndex(e => new { e.ChildId, e.OccurredOn });
    }
}
