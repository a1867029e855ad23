using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// A same-day alert on the Virtual School worklist. Its unique key is what makes each alert, and the event it publishes,
/// happen once however often the same marks arrive (docs/virtual-school.md §7).
/// </summary>
public sealed class AttendanceAlertRow
{
    public const string UnauthorisedAbsence = "unauthorised-absence";
    public const string PersistentAbsence = "persistent-absence";
    public const string SevereAbsence = "severe-absence";
    public const string Excluded = "excluded";
    public const string MarkMissing = "mark-missing";

    /// <summary>A PEP due within the configured working days and not completed; its key is the PEP's id and due date.</summary>
    public const string PepDue = "pep-due";

    /// <summary>A PEP past its due date and not completed (docs/virtual-school.md §9.9); its key is the PEP's id.</summary>
    public const string PepOverdue = "pep-overdue";

    /// <summary>A PEP the Virtual School returned to its authors; its key is the PEP's id and the version the return made.</summary>
    public const string PepReturned = "pep-returned";
    public static readonly string[] Kinds = [UnauthorisedAbsence, PersistentAbsence, SevereAbsence, Excluded, MarkMissing, PepDue, PepOverdue, PepReturned];

    public long Id { get; init; }
    public Guid PupilId { get; init; }
    public required string Kind { get; init; }

    /// <summary>The day the alert is about (the mark's date, the exclusion's start, the day the threshold was crossed).</summary>
    public DateOnly On { get; init; }

    /// <summary>
    /// What makes the alert unique besides pupil and kind: the day and session for a mark (<c>2026-12-01/AM</c>), the
    /// exclusion's id, the measured period's name for an absence band (once per period).
    /// </summary>
    public required string Key { get; init; }

    public string? Urn { get; init; }
    public required string Detail { get; init; }
    public DateTimeOffset RaisedAt { get; init; }

    /// <summary>When a member of staff marked it dealt with; open alerts are on the worklist.</summary>
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedBy { get; set; }

    /// <summary>What the member of staff did about it, in their words.</summary>
    public string? ResolutionNote { get; set; }
}

public sealed class AttendanceAlertRowConfiguration : IEntityTypeConfiguration<AttendanceAlertRow>
{
    public void Configure(EntityTypeBuilder<AttendanceAlertRow> builder)
    {
        builder.ToTable("attendance_alerts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(a => a.PupilId).HasColumnName("pupil_id");
        builder.Property(a => a.Kind).HasColumnName("kind").HasMaxLength(30);
        builder.Property(a => a.On).HasColumnName("on");
        builder.Property(a => a.Key).HasColumnName("key").HasMaxLength(60);
        builder.Property(a => a.Urn).HasColumnName("urn").HasMaxLength(8);
        builder.Property(a => a.Detail).HasColumnName("detail").HasMaxLength(300);
        builder.Property(a => a.RaisedAt).HasColumnName("raised_at");
        builder.Property(a => a.ResolvedAt).HasColumnName("resolved_at");
        builder.Property(a => a.ResolvedBy).HasColumnName("resolved_by").HasMaxLength(200);
        builder.Property(a => a.ResolutionNote).HasColumnName("resolution_note").HasMaxLength(500);
        builder.HasIndex(a => new { a.PupilId, a.Kind, a.Key }).IsUnique().HasDatabaseName("ux_attendance_alerts_once");
        builder.HasIndex(a => a.RaisedAt).HasDatabaseName("ix_attendance_alerts_open").HasFilter("resolved_at IS NULL");
    }
}
