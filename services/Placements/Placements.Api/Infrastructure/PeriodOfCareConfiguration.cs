using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Api.Model;

namespace Placements.Api.Infrastructure;

public sealed class PeriodOfCareConfiguration : IEntityTypeConfiguration<PeriodOfCare>
{
    public void Configure(EntityTypeBuilder<PeriodOfCare> builder)
    {
        builder.ToTable("periods_of_care");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.ChildId).HasColumnName("child_id");
        builder.Property(p => p.StartedOn).HasColumnName("started_on");
        builder.Property(p => p.EndedOn).HasColumnName("ended_on");
        builder.Property(p => p.LegalStatus).HasColumnName("legal_status").HasMaxLength(2);
        builder.Property(p => p.CategoryOfNeed).HasColumnName("category_of_need").HasMaxLength(2);
        builder.Property(p => p.PlacementType).HasColumnName("placement_type").HasMaxLength(3);
        builder.Property(p => p.PlacementAuthorityCode).HasColumnName("placement_authority_code").HasMaxLength(9);
        builder.Property(p => p.IsOutOfArea).HasColumnName("is_out_of_area");
        builder.HasIndex(p => new { p.ChildId, p.StartedOn }).IsUnique();
    }
}
