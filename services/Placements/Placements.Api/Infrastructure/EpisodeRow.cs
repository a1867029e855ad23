using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placements.Api.Infrastructure;

/// <summary>One stored SSDA903 episode of a period of care: what held from <see cref="StartsOn"/> until <see cref="EndsOn"/>.</summary>
public sealed class EpisodeRow
{
    public Guid Id { get; init; }
    public Guid PeriodOfCareId { get; init; }
    public int Sequence { get; init; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public required string ReasonForNewEpisode { get; init; }
    public required string LegalStatus { get; set; }
    public required string CategoryOfNeed { get; set; }
    public required string PlacementType { get; set; }
    public string? PlacementProvider { get; set; }
    public string? ProviderUrn { get; set; }
    public string? PlacementPostcode { get; set; }
    public required string PlacementAuthorityCode { get; set; }
    public bool IsOutOfArea { get; set; }
    public string? ReasonForPlacementChange { get; set; }
    public string? ReasonCeased { get; set; }
    public bool IsEmergency { get; init; }
}

public sealed class EpisodeRowConfiguration : IEntityTypeConfiguration<EpisodeRow>
{
    public void Configure(EntityTypeBuilder<EpisodeRow> builder)
    {
        builder.ToTable("episodes");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.PeriodOfCareId).HasColumnName("period_of_care_id");
        builder.Property(e => e.Sequence).HasColumnName("sequence");
        builder.Property(e => e.StartsOn).HasColumnName("starts_on");
        builder.Property(e => e.EndsOn).HasColumnName("ends_on");
        builder.Property(e => e.ReasonForNewEpisode).HasColumnName("rne").HasMaxLength(1);
        builder.Property(e => e.LegalStatus).HasColumnName("legal_status").HasMaxLength(2);
        builder.Property(e => e.CategoryOfNeed).HasColumnName("category_of_need").HasMaxLength(2);
        builder.Property(e => e.PlacementType).HasColumnName("placement_type").HasMaxLength(3);
        builder.Property(e => e.PlacementProvider).HasColumnName("placement_provider").HasMaxLength(3);
        builder.Property(e => e.ProviderUrn).HasColumnName("provider_urn").HasMaxLength(10);
        builder.Property(e => e.PlacementPostcode).HasColumnName("placement_postcode").HasMaxLength(8);
        builder.Property(e => e.PlacementAuthorityCode).HasColumnName("placement_authority_code").HasMaxLength(9);
        builder.Property(e => e.IsOutOfArea).HasColumnName("is_out_of_area");
        builder.Property(e => e.ReasonForPlacementChange).HasColumnName("reason_place_change").HasMaxLength(6);
        builder.Property(e => e.ReasonCeased).HasColumnName("rec").HasMaxLength(3);
        builder.Property(e => e.IsEmergency).HasColumnName("is_emergency");
        builder.HasIndex(e => new { e.PeriodOfCareId, e.Sequence }).IsUnique();
    }
}
