using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeavingCare.Api.Infrastructure;

/// <summary>
/// What a personal adviser records for the care leaver return (docs/leaving-care.md §7.3): a contact (the day, how, and
/// what it showed as an IN_TOUCH code), or the accommodation (ACCOM) or activity (ACTIV) in effect from a day. Kept, never
/// changed: a later record replaces an earlier one from its day.
/// </summary>
public sealed class InTouchRecordRow
{
    public const string Contact = "contact";
    public const string Accommodation = "accommodation";
    public const string Activity = "activity";

    public long Id { get; init; }
    public Guid YoungPersonId { get; init; }
    public required string Kind { get; init; }
    public DateOnly On { get; init; }
    public required string Code { get; init; }

    /// <summary>For a contact: how (visit, phone, message …), in the adviser's words.</summary>
    public string? Method { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

public sealed class InTouchRecordRowConfiguration : IEntityTypeConfiguration<InTouchRecordRow>
{
    public void Configure(EntityTypeBuilder<InTouchRecordRow> builder)
    {
        builder.ToTable("in_touch_records");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(r => r.YoungPersonId).HasColumnName("young_person_id");
        builder.Property(r => r.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(r => r.On).HasColumnName("on");
        builder.Property(r => r.Code).HasColumnName("code").HasMaxLength(10);
        builder.Property(r => r.Method).HasColumnName("method").HasMaxLength(50);
        builder.Property(r => r.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(r => r.RecordedAt).HasColumnName("recorded_at");
        builder.ToTable(t => t.HasCheckConstraint("ck_in_touch_records_kind", "kind IN ('contact', 'accommodation', 'activity')"));
        builder.HasOne<YoungPersonRow>().WithMany().HasForeignKey(r => r.YoungPersonId);
        builder.HasIndex(r => new { r.YoungPersonId, r.Kind }).HasDatabaseName("ix_in_touch_records_young_person");
    }
}
