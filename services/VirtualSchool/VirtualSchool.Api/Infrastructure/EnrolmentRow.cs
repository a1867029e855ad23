using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// A pupil on a school's roll from a date (and until one, once they leave). A dual-registered pupil has a main and a
/// subsidiary enrolment at the same time; otherwise one single enrolment at a time (docs/virtual-school.md §8).
/// Corrections keep what was there before in <see cref="EnrolmentCorrectionRow"/>.
/// </summary>
public sealed class EnrolmentRow
{
    public const string Single = "single";
    public const string DualMain = "dual-main";
    public const string DualSubsidiary = "dual-subsidiary";
    public static readonly string[] Registrations = [Single, DualMain, DualSubsidiary];

    public Guid Id { get; init; }
    public Guid PupilId { get; init; }
    public required string Urn { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly? EndsOn { get; set; }
    public required string Registration { get; set; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }

    /// <summary>Optimistic concurrency: two staff correcting the same enrolment at once cannot both win silently.</summary>
    public uint Version { get; set; }
}

/// <summary>One corrected field of an enrolment: what it was, what it became, why, and who said so.</summary>
public sealed class EnrolmentCorrectionRow
{
    public long Id { get; init; }
    public Guid EnrolmentId { get; init; }
    public required string Field { get; init; }
    public string? CorrectedFrom { get; init; }
    public string? CorrectedTo { get; init; }
    public required string Reason { get; init; }
    public required string CorrectedBy { get; init; }
    public DateTimeOffset CorrectedAt { get; init; }
}

public sealed class EnrolmentRowConfiguration : IEntityTypeConfiguration<EnrolmentRow>, IEntityTypeConfiguration<EnrolmentCorrectionRow>
{
    public void Configure(EntityTypeBuilder<EnrolmentRow> builder)
    {
        builder.ToTable("enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.PupilId).HasColumnName("pupil_id");
        builder.Property(e => e.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(e => e.StartsOn).HasColumnName("starts_on");
        builder.Property(e => e.EndsOn).HasColumnName("ends_on");
        builder.Property(e => e.Registration).HasColumnName("registration").HasMaxLength(20);
        builder.Property(e => e.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        builder.Property(e => e.Version).IsRowVersion();
        builder.ToTable(t => t.HasCheckConstraint("ck_enrolments_registration", "registration IN ('single', 'dual-main', 'dual-subsidiary')"));
        builder.ToTable(t => t.HasCheckConstraint("ck_enrolments_dates", "ends_on IS NULL OR ends_on >= starts_on"));
        builder.HasOne<PupilRow>().WithMany().HasForeignKey(e => e.PupilId);
        builder.HasOne<SchoolRow>().WithMany().HasForeignKey(e => e.Urn);
        builder.HasIndex(e => e.PupilId);
        // A school's designated teacher and the missing-marks sweep read a school's roll.
        builder.HasIndex(e => e.Urn);
    }

    public void Configure(EntityTypeBuilder<EnrolmentCorrectionRow> builder)
    {
        builder.ToTable("enrolment_corrections");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(c => c.EnrolmentId).HasColumnName("enrolment_id");
        builder.Property(c => c.Field).HasColumnName("field").HasMaxLength(30);
        builder.Property(c => c.CorrectedFrom).HasColumnName("corrected_from").HasMaxLength(200);
        builder.Property(c => c.CorrectedTo).HasColumnName("corrected_to").HasMaxLength(200);
        builder.Property(c => c.Reason).HasColumnName("reason").HasMaxLength(500);
        builder.Property(c => c.CorrectedBy).HasColumnName("corrected_by").HasMaxLength(200);
        builder.Property(c => c.CorrectedAt).HasColumnName("corrected_at");
        builder.HasOne<EnrolmentRow>().WithMany().HasForeignKey(c => c.EnrolmentId);
        builder.HasIndex(c => c.EnrolmentId);
    }
}
