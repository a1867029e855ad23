using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Health.Api.Infrastructure.Configurations;

public sealed class HealthChildConfiguration : IEntityTypeConfiguration<HealthChildRow>, IEntityTypeConfiguration<CarePeriodRow>
{
    public void Configure(EntityTypeBuilder<HealthChildRow> builder)
    {
        builder.ToTable("children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.GivenName).HasColumnName("given_name").HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        builder.Property(c => c.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(c => c.PlacementAuthorityCode).HasColumnName("placement_authority_code").HasMaxLength(9);
        builder.Property(c => c.IsOutOfArea).HasColumnName("is_out_of_area");
        builder.Property(c => c.Team).HasColumnName("team").HasMaxLength(40);
        builder.Property(c => c.PlacingAuthorityCode).HasColumnName("placing_authority_code").HasMaxLength(9);
        builder.Property(c => c.UpdatedFrom).HasColumnName("updated_from");
        builder.HasMany(c => c.PeriodsOfCare).WithOne().HasForeignKey(p => p.ChildId);
        // The sweep finds the young people nearing 18 by birth date.
        builder.HasIndex(c => c.DateOfBirth);
    }

    public void Configure(EntityTypeBuilder<CarePeriodRow> builder)
    {
        builder.ToTable("periods_of_care");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.ChildId).HasColumnName("child_id");
        builder.Property(p => p.StartedOn).HasColumnName("started_on");
        builder.Property(p => p.EndedOn).HasColumnName("ended_on");
        builder.Property(p => p.IsShortBreaks).HasColumnName("is_short_breaks");
        builder.HasIndex(p => p.ChildId);
    }
}
