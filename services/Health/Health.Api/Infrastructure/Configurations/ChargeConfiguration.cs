using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Health.Api.Infrastructure.Configurations;

public sealed class ChargeConfiguration : IEntityTypeConfiguration<ChargeRow>
{
    public void Configure(EntityTypeBuilder<ChargeRow> builder)
    {
        builder.ToTable("charges");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.AssessmentId).HasColumnName("assessment_id");
        builder.Property(c => c.ChildId).HasColumnName("child_id");
        builder.Property(c => c.PlacingAuthorityCode).HasColumnName("placing_authority_code").HasMaxLength(9);
        builder.Property(c => c.CompletedOn).HasColumnName("completed_on");
        builder.Property(c => c.Amount).HasColumnName("amount").HasPrecision(10, 2);
        builder.Property(c => c.CreatedAt).HasColumnName("created_at");
        builder.HasIndex(c => c.AssessmentId).IsUnique();
        builder.HasIndex(c => new { c.PlacingAuthorityCode, c.CompletedOn });
    }
}
