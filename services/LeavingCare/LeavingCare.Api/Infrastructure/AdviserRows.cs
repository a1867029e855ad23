using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeavingCare.Api.Infrastructure;

/// <summary>A personal adviser of the leaving care team (docs/leaving-care.md §5.2).</summary>
public sealed class PersonalAdviserRow
{
    public Guid Id { get; init; }
    public required string Name { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A personal adviser allocated to a young person from a day until the day before the next allocation (open while <see cref="To"/> is null).</summary>
public sealed class AdviserAllocationRow
{
    public long Id { get; init; }
    public Guid YoungPersonId { get; init; }
    public Guid AdviserId { get; init; }
    public DateOnly From { get; init; }
    public DateOnly? To { get; set; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>A step of the pathway plan: the needs assessment done, a plan or review held, or a review asked for, on a day (§5.2).</summary>
public sealed class PathwayPlanStepRow
{
    public const string NeedsAssessment = "needs-assessment";
    public const string Review = "review";
    public const string ReviewRequested = "review-requested";
    public static readonly string[] Kinds = [NeedsAssessment, Review, ReviewRequested];

    public long Id { get; init; }
    public Guid YoungPersonId { get; init; }
    public required string Kind { get; init; }
    public DateOnly On { get; init; }
    public required string RecordedBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

/// <summary>A pathway plan review announced overdue: once per young person and due date (<c>PathwayPlanReviewOverdue</c>).</summary>
public sealed class PlanReviewOverdueRow
{
    public Guid YoungPersonId { get; init; }
    public DateOnly DueOn { get; init; }
    public DateTimeOffset AnnouncedAt { get; init; }
}

public sealed class PlanReviewOverdueRowConfiguration : IEntityTypeConfiguration<PlanReviewOverdueRow>
{
    public void Configure(EntityTypeBuilder<PlanReviewOverdueRow> builder)
    {
        builder.ToTable("plan_reviews_overdue");
        builder.HasKey(r => new { r.YoungPersonId, r.DueOn });
        builder.Property(r => r.YoungPersonId).HasColumnName("young_person_id");
        builder.Property(r => r.DueOn).HasColumnName("due_on");
        builder.Property(r => r.AnnouncedAt).HasColumnName("announced_at");
        builder.HasOne<YoungPersonRow>().WithMany().HasForeignKey(r => r.YoungPersonId);
    }
}

public sealed class AdviserRowConfiguration :
    IEntityTypeConfiguration<PersonalAdviserRow>, IEntityTypeConfiguration<AdviserAllocationRow>, IEntityTypeConfiguration<PathwayPlanStepRow>
{
    public void Configure(EntityTypeBuilder<PersonalAdviserRow> builder)
    {
        builder.ToTable("personal_advisers");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(a => a.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(a => a.CreatedAt).HasColumnName("created_at");
    }

    public void Configure(EntityTypeBuilder<AdviserAllocationRow> builder)
    {
        builder.ToTable("adviser_allocations");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(a => a.YoungPersonId).HasColumnName("young_person_id");
        builder.Property(a => a.AdviserId).HasColumnName("adviser_id");
        builder.Property(a => a.From).HasColumnName("from");
        builder.Property(a => a.To).HasColumnName("to");
        builder.Property(a => a.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(a => a.RecordedAt).HasColumnName("recorded_at");
        builder.HasOne<YoungPersonRow>().WithMany().HasForeignKey(a => a.YoungPersonId);
        builder.HasOne<PersonalAdviserRow>().WithMany().HasForeignKey(a => a.AdviserId);
        // One open allocation per young person, whatever two members of staff do at once.
        builder.HasIndex(a => a.YoungPersonId).IsUnique().HasFilter("\"to\" IS NULL").HasDatabaseName("ux_adviser_allocations_open");
        builder.HasIndex(a => a.AdviserId).HasDatabaseName("ix_adviser_allocations_adviser");
    }

    public void Configure(EntityTypeBuilder<PathwayPlanStepRow> builder)
    {
        builder.ToTable("pathway_plan_steps");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(s => s.YoungPersonId).HasColumnName("young_person_id");
        builder.Property(s => s.Kind).HasColumnName("kind").HasMaxLength(20);
        builder.Property(s => s.On).HasColumnName("on");
        builder.Property(s => s.RecordedBy).HasColumnName("recorded_by").HasMaxLength(200);
        builder.Property(s => s.RecordedAt).HasColumnName("recorded_at");
        builder.ToTable(t => t.HasCheckConstraint("ck_pathway_plan_steps_kind", "kind IN ('needs-assessment', 'review', 'review-requested')"));
        builder.HasOne<YoungPersonRow>().WithMany().HasForeignKey(s => s.YoungPersonId);
        builder.HasIndex(s => s.YoungPersonId).HasDatabaseName("ix_pathway_plan_steps_young_person");
    }
}
