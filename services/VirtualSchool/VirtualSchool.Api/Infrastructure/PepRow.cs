using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>
/// A Personal Education Plan (docs/virtual-school.md §9.9): what made it due and when, its form and kind, where it is in
/// the workflow, what it says (<see cref="Content"/>, jsonb), and who moved it on and when. Due dates come from events
/// and terms, never from staff. <see cref="Version"/> refuses a stale edit (409); every change also writes a
/// <see cref="PepHistoryRow"/>.
/// </summary>
public sealed class PepRow
{
    public Guid Id { get; init; }
    public Guid PupilId { get; init; }

    /// <summary><see cref="PepCodes.Occasions"/>: initial, change-of-school, termly-review.</summary>
    public required string Occasion { get; init; }

    /// <summary><see cref="PepCodes.Forms"/>: early-years, school-age, post-16.</summary>
    public required string Form { get; set; }

    /// <summary>The kind staff filter by (<c>PepKinds.Code</c>).</summary>
    public required string Kind { get; set; }

    /// <summary><see cref="PepCodes.Statuses"/>: draft, submitted, returned, completed, closed.</summary>
    public required string Status { get; set; }

    public DateOnly DueOn { get; set; }

    /// <summary>The term's name, for a termly review: one review per pupil and term (a unique index).</summary>
    public string? Term { get; init; }

    /// <summary>The PEP's sections, meeting, attendees and targets as JSON (<see cref="PepContentJson"/>).</summary>
    public required string Content { get; set; }

    public string? ReturnedReason { get; set; }

    /// <summary>The latest quality assessment as JSON (rating, met, items, results), and its rating for filtering.</summary>
    public string? Quality { get; set; }
    public string? Rating { get; set; }

    /// <summary>Why it closed (<see cref="PepCodes.CloseReasons"/>), how that reads to staff, and from when.</summary>
    public string? CloseReason { get; set; }
    public string? CloseDetail { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>The day the Virtual School completed it: what timeliness compares with <see cref="DueOn"/>.</summary>
    public DateOnly? CompletedOn { get; set; }

    /// <summary>When the sweep found it past due and not completed; set once, with its <c>PepOverdue</c>.</summary>
    public DateTimeOffset? OverdueAt { get; set; }

    public required string CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? SubmittedBy { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }
    public string? ReturnedBy { get; set; }
    public DateTimeOffset? ReturnedAt { get; set; }
    public string? CompletedBy { get; set; }
    public DateTimeOffset? CompletedAt { get; set; }
    public string? AssessedBy { get; set; }
    public DateTimeOffset? AssessedAt { get; set; }
    public string? ClosedBy { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public string? UpdatedBy { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Raised by one on every change; a client edits the version it read, and EF refuses a concurrent save.</summary>
    public int Version { get; set; }
}

/// <summary>One change to a PEP: who, when, what they did, the status after it, and the content as it then stood.</summary>
public sealed class PepHistoryRow
{
    public long Id { get; init; }
    public Guid PepId { get; init; }
    public required string Action { get; init; }
    public required string StatusAfter { get; init; }
    public required string By { get; init; }
    public DateTimeOffset At { get; init; }
    public int Version { get; init; }

    /// <summary>What the action said besides the content: a return's reason, a close's reason, a new due date.</summary>
    public string? Note { get; init; }
    public required string Content { get; init; }
}

public sealed class PepRowConfiguration : IEntityTypeConfiguration<PepRow>, IEntityTypeConfiguration<PepHistoryRow>
{
    public void Configure(EntityTypeBuilder<PepRow> builder)
    {
        builder.ToTable("peps");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.PupilId).HasColumnName("pupil_id");
        builder.Property(p => p.Occasion).HasColumnName("occasion").HasMaxLength(20);
        builder.Property(p => p.Form).HasColumnName("form").HasMaxLength(20);
        builder.Property(p => p.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(p => p.Status).HasColumnName("status").HasMaxLength(20);
        builder.Property(p => p.DueOn).HasColumnName("due_on");
        builder.Property(p => p.Term).HasColumnName("term").HasMaxLength(100);
        builder.Property(p => p.Content).HasColumnName("content").HasColumnType("jsonb");
        builder.Property(p => p.ReturnedReason).HasColumnName("returned_reason").HasMaxLength(2000);
        builder.Property(p => p.Quality).HasColumnName("quality").HasColumnType("jsonb");
        builder.Property(p => p.Rating).HasColumnName("rating").HasMaxLength(10);
        builder.Property(p => p.CloseReason).HasColumnName("close_reason").HasMaxLength(40);
        builder.Property(p => p.CloseDetail).HasColumnName("close_detail").HasMaxLength(200);
        builder.Property(p => p.ClosedOn).HasColumnName("closed_on");
        builder.Property(p => p.CompletedOn).HasColumnName("completed_on");
        builder.Property(p => p.OverdueAt).HasColumnName("overdue_at");
        builder.Property(p => p.CreatedBy).HasColumnName("created_by").HasMaxLength(200);
        builder.Property(p => p.CreatedAt).HasColumnName("created_at");
        builder.Property(p => p.SubmittedBy).HasColumnName("submitted_by").HasMaxLength(200);
        builder.Property(p => p.SubmittedAt).HasColumnName("submitted_at");
        builder.Property(p => p.ReturnedBy).HasColumnName("returned_by").HasMaxLength(200);
        builder.Property(p => p.ReturnedAt).HasColumnName("returned_at");
        builder.Property(p => p.CompletedBy).HasColumnName("completed_by").HasMaxLength(200);
        builder.Property(p => p.CompletedAt).HasColumnName("completed_at");
        builder.Property(p => p.AssessedBy).HasColumnName("assessed_by").HasMaxLength(200);
        builder.Property(p => p.AssessedAt).HasColumnName("assessed_at");
        builder.Property(p => p.ClosedBy).HasColumnName("closed_by").HasMaxLength(200);
        builder.Property(p => p.ClosedAt).HasColumnName("closed_at");
        builder.Property(p => p.UpdatedBy).HasColumnName("updated_by").HasMaxLength(200);
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
        builder.ToTable(t => t.HasCheckConstraint("ck_peps_status", "status IN ('draft', 'submitted', 'returned', 'completed', 'closed')"));
        builder.ToTable(t => t.HasCheckConstraint("ck_peps_occasion", "occasion IN ('initial', 'change-of-school', 'termly-review')"));
        builder.HasOne<PupilRow>().WithMany().HasForeignKey(p => p.PupilId);
        builder.HasIndex(p => p.PupilId).HasDatabaseName("ix_peps_pupil");
        // One review per pupil and term, however many sweeps ask at once.
        builder.HasIndex(p => new { p.PupilId, p.Term }).IsUnique().HasDatabaseName("ux_peps_termly_review")
            .HasFilter("term IS NOT NULL");
        // The overdue sweep and the timeliness measure read open PEPs by due date.
        builder.HasIndex(p => p.DueOn).HasDatabaseName("ix_peps_open_due").HasFilter("status IN ('draft', 'submitted', 'returned')");
    }

    public void Configure(EntityTypeBuilder<PepHistoryRow> builder)
    {
        builder.ToTable("pep_history");
        builder.HasKey(h => h.Id);
        builder.Property(h => h.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(h => h.PepId).HasColumnName("pep_id");
        builder.Property(h => h.Action).HasColumnName("action").HasMaxLength(30);
        builder.Property(h => h.StatusAfter).HasColumnName("status_after").HasMaxLength(20);
        builder.Property(h => h.By).HasColumnName("by").HasMaxLength(200);
        builder.Property(h => h.At).HasColumnName("at");
        builder.Property(h => h.Version).HasColumnName("version");
        builder.Property(h => h.Note).HasColumnName("note").HasMaxLength(2000);
        builder.Property(h => h.Content).HasColumnName("content").HasColumnType("jsonb");
        builder.HasOne<PepRow>().WithMany().HasForeignKey(h => h.PepId);
        builder.HasIndex(h => h.PepId).HasDatabaseName("ix_pep_history_pep");
    }
}
