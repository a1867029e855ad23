using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// A suspension or permanent exclusion: from the sessions a feed flags, or recorded by staff. Lengths are in sessions, so
/// a lunchtime suspension is one session, half a day (docs/virtual-school.md §5).
/// </summary>
public sealed class ExclusionRow
{
    public const string Suspension = "suspension";
    public const string PermanentExclusion = "permanent-exclusion";
    public static readonly string[] Kinds = [Suspension, PermanentExclusion];

    public Guid Id { get; init; }
    public Guid PupilId { get; init; }
    public required string Kind { get; set; }
    public DateOnly StartsOn { get; set; }

    /// <summary>The session it starts in: 0 for AM, 1 for PM.</summary>
    public short StartSession { get; set; }

    public int Sessions { get; set; }
    public string? Reason { get; set; }
    public string? Urn { get; set; }

    /// <summary>The file that flagged it; null when staff recorded it.</summary>
    public Guid? FileId { get; init; }

    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

public sealed class ExclusionRowConfiguration : IEntityTypeConfiguration<ExclusionRow>
{
    public void Configure(EntityTypeBuilder<ExclusionRow> builder)
    {
        builder.ToTable("exclusions");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(e => e.PupilId).HasColumnName("pupil_id");
        builder.Property(e => e.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(e => e.StartsOn).HasColumnName("starts_on");
        builder.Property(e => e.StartSession).HasColumnName("start_session");
        builder.Property(e => e.Sessions).HasColumnName("sessions");
        builder.Property(e => e.Reason).HasColumnName("reason").HasMaxLength(500);
        builder.Property(e => e.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(e => e.FileId).HasColumnName("file_id");
        builder.Property(e => e.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(e => e.RecordedAt).HasColumnName("recorded_at");
        builder.ToTable(t => t.HasCheckConstraint("ck_exclusions_kind", "kind IN ('suspension', 'permanent-exclusion')"));
        builder.ToTable(t => t.HasCheckConstraint("ck_exclusions_sessions", "sessions > 0"));
        // The same exclusion sent again (a re-sent or overlapping feed) is the same record.
        builder.HasIndex(e => new { e.PupilId, e.Kind, e.StartsOn, e.StartSession }).IsUnique().HasDatabaseName("ux_exclusions_pupil_start");
        builder.HasOne<PupilRow>().WithMany().HasForeignKey(e => e.PupilId);
    }
}
