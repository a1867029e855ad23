using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// The rows one file carried for one school, accepted and refused: a provider's batch names many URNs, and each school's
/// feed status is the last file that carried its marks (docs/virtual-school.md §6).
/// </summary>
public sealed class AttendanceFileSchoolRow
{
    public Guid FileId { get; init; }
    public required string Urn { get; init; }
    public long RowsAccepted { get; init; }
    public long RowsRejected { get; init; }
}

public sealed class AttendanceFileSchoolRowConfiguration : IEntityTypeConfiguration<AttendanceFileSchoolRow>
{
    public void Configure(EntityTypeBuilder<AttendanceFileSchoolRow> builder)
    {
        builder.ToTable("attendance_file_schools");
        builder.HasKey(s => new { s.FileId, s.Urn });
        builder.Property(s => s.FileId).HasColumnName("file_id");
        builder.Property(s => s.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(s => s.RowsAccepted).HasColumnName("rows_accepted");
        builder.Property(s => s.RowsRejected).HasColumnName("rows_rejected");
        builder.HasOne<AttendanceFileRow>().WithMany().HasForeignKey(s => s.FileId);
        // A school's feed status: its newest file.
        builder.HasIndex(s => s.Urn).HasDatabaseName("ix_attendance_file_schools_urn");
    }
}
