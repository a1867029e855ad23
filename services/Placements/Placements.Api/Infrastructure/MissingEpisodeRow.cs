using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placements.Api.Infrastructure;

/// <summary>A time the child was missing from placement or away without authorisation (SSDA903 Missing).</summary>
public sealed class MissingEpisodeRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public required string Kind { get; set; }
    public DateOnly StartsOn { get; init; }
    public DateOnly? EndsOn { get; set; }
}

public sealed class MissingEpisodeRowConfiguration : IEntityTypeConfiguration<MissingEpisodeRow>
{
    public void Configure(EntityTypeBuilder<MissingEpisodeRow> builder)
    {
        builder.ToTable("missing_episodes");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.ChildId).HasColumnName("child_id");
        builder.Property(m => m.Kind).HasColumnName("kind").HasMaxLength(1);
        builder.Property(m => m.StartsOn).HasColumnName("starts_on");
        builder.Property(m => m.EndsOn).HasColumnName("ends_on");
        builder.HasIndex(m => new { m.ChildId, m.StartsOn }).IsUnique();
    }
}
