using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// One attendance feed received, whole: its SHA-256 makes a re-sent file a no-op, and its counts and rejections are the
/// report the sender gets back and the school's feed status (docs/virtual-school.md §6).
/// </summary>
public sealed class AttendanceFileRow
{
    public Guid Id { get; init; }

    /// <summary>Lower-case hex SHA-256 of the file's bytes.</summary>
    public required string Sha256 { get; init; }

    public string? FileName { get; init; }
    public required string Source { get; init; }
    public required string SentBy { get; init; }

    /// <summary>The URN a school's own upload is limited to; null for a provider's or the Virtual School's batch.</summary>
    public string? Urn { get; init; }

    public DateTimeOffset ReceivedAt { get; init; }
    public long RowsRead { get; set; }
    public long RowsAccepted { get; set; }
    public long RowsUnchanged { get; set; }
    public long RowsSuperseding { get; set; }
    public long RowsRejected { get; set; }
}

/// <summary>One refused row of a file, by line and field, with the reason the sender is told.</summary>
public sealed class AttendanceRejectionRow
{
    public Guid FileId { get; init; }
    public long Line { get; init; }
    public required string Field { get; init; }
    public required string Reason { get; init; }
}

public sealed class AttendanceFileRowConfiguration : IEntityTypeConfiguration<AttendanceFileRow>, IEntityTypeConfiguration<AttendanceRejectionRow>
{
    public void Configure(EntityTypeBuilder<AttendanceFileRow> builder)
    {
        builder.ToTable("attendance_files");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(f => f.Sha256).HasColumnName("sha256").HasMaxLength(64);
        builder.HasIndex(f => f.Sha256).IsUnique().HasDatabaseName("ux_attendance_files_sha256");
        builder.Property(f => f.FileName).HasColumnName("file_name").HasMaxLength(200);
        builder.Property(f => f.Source).HasColumnName("source").HasMaxLength(100);
        builder.Property(f => f.SentBy).HasColumnName("sent_by").HasMaxLength(200);
        builder.Property(f => f.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(f => f.ReceivedAt).HasColumnName("received_at");
        builder.Property(f => f.RowsRead).HasColumnName("rows_read");
        builder.Property(f => f.RowsAccepted).HasColumnName("rows_accepted");
        builder.Property(f => f.RowsUnchanged).HasColumnName("rows_unchanged");
        builder.Property(f => f.RowsSuperseding).HasColumnName("rows_superseding");
        builder.Property(f => f.RowsRejected).HasColumnName("rows_rejected");
        // A school's feed status: the newest file it sent itself.
        builder.HasIndex(f => new { f.Urn, f.ReceivedAt }).HasDatabaseName("ix_attendance_files_urn_received_at");
    }

    public void Configure(EntityTypeBuilder<AttendanceRejectionRow> builder)
    {
        builder.ToTable("attendance_rejections");
        builder.HasKey(r => new { r.FileId, r.Line, r.Field });
        builder.Property(r => r.FileId).HasColumnName("file_id");
        builder.Property(r => r.Line).HasColumnName("line");
        builder.Property(r => r.Field).HasColumnName("field").HasMaxLength(30);
        builder.Property(r => r.Reason).HasColumnName("reason").HasMaxLength(300);
        builder.HasOne<AttendanceFileRow>().WithMany().HasForeignKey(r => r.FileId);
    }
}
