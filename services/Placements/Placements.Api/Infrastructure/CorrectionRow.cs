using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placements.Api.Infrastructure;

/// <summary>One field of a child's record that was corrected: what it was, what it became, and why.</summary>
public sealed class CorrectionRow
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public Guid? PeriodOfCareId { get; init; }

    /// <summary>For an episode's field: the day that episode starts, as corrected.</summary>
    public DateOnly? EpisodeStartsOn { get; init; }
    public required string Field { get; init; }
    public string? CorrectedFrom { get; init; }
    public string? CorrectedTo { get; init; }
    public required string Reason { get; init; }
    public DateTimeOffset CorrectedAt { get; init; }
}

public sealed class CorrectionRowConfiguration : IEntityTypeConfiguration<CorrectionRow>
{
    public void Configure(EntityTypeBuilder<CorrectionRow> builder)
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
