using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Api.Model;

namespace Placements.Api.Infrastructure;

public sealed class EpisodeRecordConfiguration : IEntityTypeConfiguration<EpisodeRecord>
{
    public void Configure(EntityTypeBuilder<EpisodeRecord> builder)
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
        builder.HasIndex(e => new { e.PeriodOfCareId, e.Sequence }).IsUnique();
    }
}
