using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// The mark that stands for a pupil's session: the latest one received. Whatever it replaced is kept in
/// <see cref="AttendanceMarkHistoryRow"/>, so this table and that one together are everything anyone sent
/// (docs/virtual-school.md §6).
/// </summary>
public sealed class AttendanceMarkRow
{
    public Guid PupilId { get; init; }
    public DateOnly Date { get; init; }

    /// <summary>0 for AM, 1 for PM (<c>Session</c> in the domain).</summary>
    public short Session { get; init; }

    public required string Code { get; set; }
    public string? Reason { get; set; }

    /// <summary><c>suspension</c> or <c>permanent-exclusion</c> when the row said the session was one; otherwise null.</summary>
    public string? Exclusion { get; set; }

    public string? Urn { get; set; }
    public required string Source { get; set; }

    /// <summary>The file the mark came in; null for a mark recorded by staff.</summary>
    public Guid? FileId { get; set; }

    public required string SentBy { get; set; }
    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>A mark that a later one superseded, with when and by which file.</summary>
public sealed class AttendanceMarkHistoryRow
{
    public long Id { get; init; }
    public Guid PupilId { get; init; }
    public DateOnly Date { get; init; }
    public short Session { get; init; }
    public required string Code { get; init; }
    public string? Reason { get; init; }
    public string? Exclusion { get; init; }
    public string? Urn { get; init; }
    public required string Source { get; init; }
    public Guid? FileId { get; init; }
    public required string SentBy { get; init; }
    public DateTimeOffset ReceivedAt { get; init; }
    public DateTimeOffset SupersededAt { get; init; }
    public Guid? SupersededByFileId { get; init; }
}

public sealed class AttendanceMarkRowConfiguration : IEntityTypeConfiguration<AttendanceMarkRow>, IEntityTypeConfiguration<AttendanceMarkHistoryRow>
{
    public void Configure(EntityTypeBuilder<AttendanceMarkRow> builder)
    {
        builder.ToTable("attendance_marks");
        builder.HasKey(m => new { m.PupilId, m.Date, m.Session });
        builder.Property(m => m.PupilId).HasColumnName("pupil_id");
        builder.Property(m => m.Date).HasColumnName("date");
        builder.Property(m => m.Session).HasColumnName("session");
        builder.Property(m => m.Code).HasColumnName("code").HasMaxLength(2);
        builder.Property(m => m.Reason).HasColumnName("reason").HasMaxLength(200);
        builder.Property(m => m.Exclusion).HasColumnName("exclusion").HasMaxLength(20);
        builder.Property(m => m.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(m => m.Source).HasColumnName("source").HasMaxLength(100);
        builder.Property(m => m.FileId).HasColumnName("file_id");
        builder.Property(m => m.SentBy).HasColumnName("sent_by").HasMaxLength(200);
        builder.Property(m => m.ReceivedAt).HasColumnName("received_at");
        builder.ToTable(t => t.HasCheckConstraint("ck_attendance_marks_session", "session IN (0, 1)"));
        // Cohort measures and the missing-marks sweep read a range of days for everyone.
        builder.HasIndex(m => m.Date).HasDatabaseName("ix_attendance_marks_date");
    }

    public void Configure(EntityTypeBuilder<AttendanceMarkHistoryRow> builder)
    {
        builder.ToTable("attendance_mark_history");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(m => m.PupilId).HasColumnName("pupil_id");
        builder.Property(m => m.Date).HasColumnName("date");
        builder.Property(m => m.Session).HasColumnName("session");
        builder.Property(m => m.Code).HasColumnName("code").HasMaxLength(2);
        builder.Property(m => m.Reason).HasColumnName("reason").HasMaxLength(200);
        builder.Property(m => m.Exclusion).HasColumnName("exclusion").HasMaxLength(20);
        builder.Property(m => m.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(m => m.Source).HasColumnName("source").HasMaxLength(100);
        builder.Property(m => m.FileId).HasColumnName("file_id");
        builder.Property(m => m.SentBy).HasColumnName("sent_by").HasMaxLength(200);
        builder.Property(m => m.ReceivedAt).HasColumnName("received_at");
        builder.Property(m => m.SupersededAt).HasColumnName("superseded_at");
        builder.Property(m => m.SupersededByFileId).HasColumnName("superseded_by_file_id");
        builder.HasIndex(m => new { m.PupilId, m.Date }).HasDatabaseName("ix_attendance_mark_history_pupil_date");
    }
}
