using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// A child whose education the Virtual School follows, learnt from events (never by calling back): one of ours, from
/// Placements' events and its register (the read-model rebuild), or one placed here by another authority, from its
/// notification. Year group and stage are not stored: they follow from the date of birth and the day asked about
/// (docs/virtual-school.md §3).
/// </summary>
public sealed class PupilRow
{
    public const string Ours = "ours";
    public const string PlacedHere = "placed-here";
    public static readonly string[] Responsibilities = [Ours, PlacedHere];

    /// <summary>Our ChildId for one of ours; for a child placed here, the id of the first notification that told us of them.</summary>
    public Guid Id { get; init; }

    /// <summary><see cref="Ours"/> or <see cref="PlacedHere"/>: the two are never mixed in a count or a list.</summary>
    public required string Responsibility { get; init; }

    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }

    /// <summary>Unique Pupil Number, when Placements (or the notification) has one; the feed matches on it.</summary>
    public string? Upn { get; set; }

    /// <summary>ONS code of the authority the child lives in.</summary>
    public required string PlacementAuthorityCode { get; set; }
    public bool IsOutOfArea { get; set; }
    public string? LegalStatus { get; set; }

    /// <summary>The current (or last) period of care of one of ours; null for a child placed here.</summary>
    public Guid? PeriodOfCareId { get; set; }
    public DateOnly? InCareSince { get; set; }
    public DateOnly? LeftCareOn { get; set; }
    public string? ReasonCeased { get; set; }

    /// <summary>Looked after by us today, or still placed here: only current pupils are expected in school and counted.</summary>
    public bool IsCurrent { get; set; }

    /// <summary>For a child placed here: the authority that looks after the child, and its reference for them.</summary>
    public string? PlacingAuthorityCode { get; set; }
    public string? PlacingAuthorityReference { get; set; }

    /// <summary>
    /// The newest event (or snapshot) applied to each group of fields: an older one arriving late changes none of them
    /// (docs/virtual-school.md §8).
    /// </summary>
    public DateTimeOffset DetailsVersion { get; set; }
    public DateTimeOffset PlacementVersion { get; set; }
    public DateTimeOffset CareVersion { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}

public sealed class PupilRowConfiguration : IEntityTypeConfiguration<PupilRow>
{
    public void Configure(EntityTypeBuilder<PupilRow> builder)
    {
        builder.ToTable("pupils");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.Responsibility).HasColumnName("responsibility").HasMaxLength(20);
        builder.Property(p => p.GivenName).HasColumnName("given_name").HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        builder.Property(p => p.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(p => p.Upn).HasColumnName("upn").HasMaxLength(13);
        builder.Property(p => p.PlacementAuthorityCode).HasColumnName("placement_authority_code").HasMaxLength(9);
        builder.Property(p => p.IsOutOfArea).HasColumnName("is_out_of_area");
        builder.Property(p => p.LegalStatus).HasColumnName("legal_status").HasMaxLength(2);
        builder.Property(p => p.PeriodOfCareId).HasColumnName("period_of_care_id");
        builder.Property(p => p.InCareSince).HasColumnName("in_care_since");
        builder.Property(p => p.LeftCareOn).HasColumnName("left_care_on");
        builder.Property(p => p.ReasonCeased).HasColumnName("reason_ceased").HasMaxLength(3);
        builder.Property(p => p.IsCurrent).HasColumnName("is_current");
        builder.Property(p => p.PlacingAuthorityCode).HasColumnName("placing_authority_code").HasMaxLength(9);
        builder.Property(p => p.PlacingAuthorityReference).HasColumnName("placing_authority_reference").HasMaxLength(50);
        builder.Property(p => p.DetailsVersion).HasColumnName("details_version");
        builder.Property(p => p.PlacementVersion).HasColumnName("placement_version");
        builder.Property(p => p.CareVersion).HasColumnName("care_version");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.ToTable(t => t.HasCheckConstraint("ck_pupils_responsibility", "responsibility IN ('ours', 'placed-here')"));
        // The feed matches a row by UPN.
        builder.HasIndex(p => p.Upn).HasDatabaseName("ix_pupils_upn");
        // A second notification for the same child placed here updates the same pupil.
        builder.HasIndex(p => new { p.PlacingAuthorityCode, p.PlacingAuthorityReference }).IsUnique()
            .HasDatabaseName("ux_pupils_placing_authority_reference")
            .HasFilter("placing_authority_code IS NOT NULL");
        builder.HasIndex(p => p.DateOfBirth).HasDatabaseName("ix_pupils_date_of_birth");
    }
}
