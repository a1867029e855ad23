using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placements.Api.Infrastructure;

/// <summary>A social worker allocated to a child from <see cref="StartsOn"/> until the day the next one starts.</summary>
public sealed class SocialWorkerAllocationRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public required string SocialWorkerId { get; init; }
    public required string SocialWorkerName { get; init; }
    public DateOnly StartsOn { get; init; }
    public DateOnly? EndsOn { get; set; }

    /// <summary>SW_REASON: why this allocation began (blank only on allocations recorded before it was required).</summary>
    public string? Reason { get; init; }
}

public sealed class SocialWorkerAllocationRowConfiguration : IEntityTypeConfiguration<SocialWorkerAllocationRow>
{
    public void Configure(EntityTypeBuilder<SocialWorkerAllocationRow> builder)
    {
        builder.ToTable("social_worker_allocations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.ChildId).HasColumnName("child_id");
        builder.Property(a => a.SocialWorkerId).HasColumnName("social_worker_id").HasMaxLength(50);
        builder.Property(a => a.SocialWorkerName).HasColumnName("social_worker_name").HasMaxLength(200);
        builder.Property(a => a.StartsOn).HasColumnName("starts_on");
        builder.Property(a => a.EndsOn).HasColumnName("ends_on");
        builder.Property(a => a.Reason).HasColumnName("reason").HasMaxLength(6);
        builder.HasIndex(a => new { a.ChildId, a.StartsOn }).IsUnique();
    }
}
