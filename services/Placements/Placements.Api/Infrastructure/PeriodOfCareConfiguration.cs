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
        builder.Property(p => p.ReasonCeased).HasColumnName("rec").HasMaxLength(3);
        builder.Ignore(p => p.Current);
        builder.HasMany(p => p.Episodes).WithOne().HasForeignKey(e => e.PeriodOfCareId);
        builder.HasIndex(p => new { p.ChildId, p.StartedOn }).IsUnique();
    }
}
