using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Api.Model;

namespace Placements.Api.Infrastructure;

public sealed class ChildConfiguration : IEntityTypeConfiguration<Child>
{
    public void Configure(EntityTypeBuilder<Child> builder)
    {
        builder.ToTable("children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.CaseReference).HasColumnName("case_reference").HasMaxLength(50);
        builder.HasIndex(c => c.CaseReference).IsUnique();
        builder.Property(c => c.GivenName).HasColumnName("given_name").HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        builder.Property(c => c.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(c => c.Sex).HasColumnName("sex").HasMaxLength(1);
        builder.Property(c => c.Upn).HasColumnName("upn").HasMaxLength(13);
        builder.Property(c => c.NhsNumber).HasColumnName("nhs_number").HasMaxLength(10);
        builder.Property(c => c.Ethnicity).HasColumnName("ethnicity").HasMaxLength(4);
        builder.Property(c => c.HomePostcode).HasColumnName("home_postcode").HasMaxLength(8);
        builder.Property(c => c.UascSince).HasColumnName("uasc_since");
        builder.Property(c => c.UascCeasedOn).HasColumnName("uasc_ceased_on");
        builder.HasMany(c => c.PeriodsOfCare).WithOne().HasForeignKey(p => p.ChildId);
        builder.HasMany(c => c.SocialWorkerAllocations).WithOne().HasForeignKey(a => a.ChildId);
        builder.HasMany(c => c.Corrections).WithOne().HasForeignKey(c => c.ChildId);
    }
}
