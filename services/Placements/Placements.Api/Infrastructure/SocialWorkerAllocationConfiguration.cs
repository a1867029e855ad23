using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Api.Model;

namespace Placements.Api.Infrastructure;

public sealed class SocialWorkerAllocationConfiguration : IEntityTypeConfiguration<SocialWorkerAllocationRecord>
{
    public void Configure(EntityTypeBuilder<SocialWorkerAllocationRecord> builder)
    {
        builder.ToTable("social_worker_allocations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.ChildId).HasColumnName("child_id");
        builder.Property(a => a.SocialWorkerId).HasColumnName("social_worker_id").HasMaxLength(50);
        builder.Property(a => a.SocialWorkerName).HasColumnName("social_worker_name").HasMaxLength(200);
        builder.Property(a => a.StartsOn).HasColumnName("starts_on");
        builder.Property(a => a.EndsOn).HasColumnName("ends_on");
        builder.HasIndex(a => new { a.ChildId, a.StartsOn }).IsUnique();
    }
}
