using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeavingCare.Api.Infrastructure;

/// <summary>
/// A Staying Put arrangement with a former foster carer (docs/leaving-care.md §6.1): from a day, a planned end if there
/// is one, and once it ends the day and why. One open arrangement per young person.
/// </summary>
public sealed class StayingPutRow
{
    public long Id { get; init; }
    public Guid YoungPersonId { get; init; }

    /// <summary>The former foster carer(s), by name or the fostering service's reference.</summary>
    public required string Carer { get; init; }
    public DateOnly StartedOn { get; init; }
    public DateOnly? PlannedEndOn { get; init; }
    public DateOnly? EndedOn { get; set; }
    public string? EndReason { get; set; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
    public string? EndedBy { get; set; }
}

/// <summary>A staying close assessment (docs/leaving-care.md §6.2): the day, whether support is needed, with what, and a summary. Kept, never changed.</summary>
public sealed class StayingCloseAssessmentRow
{
    public long Id { get; init; }
    public Guid YoungPersonId { get; init; }
    public DateOnly AssessedOn { get; init; }
    public bool SupportNeeded { get; init; }

    /// <summary><c>StayingClose.SupportAreas</c> codes, in the Act's order; none when no support is needed.</summary>
    public required string[] Areas { get; init; }
    public string? Summary { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

public sealed class StayingPutRowConfiguration : IEntityTypeConfiguration<StayingPutRow>, IEntityTypeConfiguration<StayingCloseAssessmentRow>
{
    public void Configure(EntityTypeBuilder<StayingPutRow> builder)
    {
        builder.ToTable("staying_put_arrangements");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(s => s.YoungPersonId).HasColumnName("young_person_id");
        builder.Property(s => s.Carer).HasColumnName("carer").HasMaxLength(200);
        builder.Property(s => s.StartedOn).HasColumnName("started_on");
        builder.Property(s => s.PlannedEndOn).HasColumnName("planned_end_on");
        builder.Property(s => s.EndedOn).HasColumnName("ended_on");
        builder.Property(s => s.EndReason).HasColumnName("end_reason").HasMaxLength(500);
        builder.Property(s => s.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(s => s.RecordedAt).HasColumnName("recorded_at");
        builder.Property(s => s.EndedBy).HasColumnName("ended_by").HasMaxLength(200);
        builder.HasOne<YoungPersonRow>().WithMany().HasForeignKey(s => s.YoungPersonId);
        builder.ToTable(t => t.HasCheckConstraint("ck_staying_put_arrangements_dates",
            "(planned_end_on IS NULL OR planned_end_on > started_on) AND (ended_on IS NULL OR ended_on >= started_on)"));
        // One open arrangement per young person, whatever two members of staff do at once.
        builder.HasIndex(s => s.YoungPersonId).IsUnique().HasFilter("ended_on IS NULL").HasDatabaseName("ux_staying_put_arrangements_open");
    }

    public void Configure(EntityTypeBuilder<StayingCloseAssessmentRow> builder)
    {
        builder.ToTable("staying_close_assessments");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(s => s.YoungPersonId).HasColumnName("young_person_id");
        builder.Property(s => s.AssessedOn).HasColumnName("assessed_on");
        builder.Property(s => s.SupportNeeded).HasColumnName("support_needed");
        builder.Property(s => s.Areas).HasColumnName("areas");
        builder.Property(s => s.Summary).HasColumnName("summary").HasMaxLength(2000);
        builder.Property(s => s.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(s => s.RecordedAt).HasColumnName("recorded_at");
        builder.HasOne<YoungPersonRow>().WithMany().HasForeignKey(s => s.YoungPersonId);
        builder.HasIndex(s => s.YoungPersonId).HasDatabaseName("ix_staying_close_assessments_young_person");
    }
}
