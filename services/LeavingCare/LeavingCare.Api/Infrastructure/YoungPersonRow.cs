using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LeavingCare.Api.Infrastructure;

/// <summary>
/// A child of ours as Leaving Care knows them (docs/leaving-care.md §2.1): names and date of birth, the facts Placements'
/// events gave about their periods of care (<see cref="Changes"/>, jsonb, <see cref="CareChangesJson"/>), the category
/// on the day it was last evaluated and since when, the day that was (once a day, by the sweep), the category last
/// announced, and a recorded determination.
/// </summary>
public sealed class YoungPersonRow
{
    public Guid Id { get; init; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Changes { get; set; }

    /// <summary><c>CareLeaverCategories</c> code: none, eligible, relevant, former-relevant, qualifying.</summary>
    public required string Category { get; set; }
    public DateOnly? CategorySince { get; set; }
    public DateOnly? EvaluatedOn { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When <see cref="Category"/> last changed: it is announced once it has held for a quiet period.</summary>
    public DateTimeOffset? CategoryChangedAt { get; set; }

    /// <summary>The category the last <c>CareLeaverStatusChanged</c> announced (none before any).</summary>
    public string AnnouncedCategory { get; set; } = "none";

    /// <summary>A recorded determination (detained or in hospital on the 16th birthday): why, who, when.</summary>
    public string? DeterminationReason { get; set; }
    public string? DeterminationBy { get; set; }
    public DateOnly? DeterminationOn { get; set; }

    /// <summary>What the young person has told us that changes how long the duties last (docs/leaving-care.md §4).</summary>
    public bool InEducationOrTraining { get; set; }
    public DateOnly? AskedForSupportOn { get; set; }
    public DateOnly? DeclinedOn { get; set; }
}

/// <summary>One category a young person has had, from the day it began: the status history.</summary>
public sealed class CareLeaverStatusRow
{
    public long Id { get; init; }
    public Guid YoungPersonId { get; init; }
    public required string Category { get; init; }
    public DateOnly From { get; init; }

    /// <summary>What found it: <c>event</c> (the history changed), <c>sweep</c> (the day changed it) or <c>rebuild</c> (Placements' register).</summary>
    public required string FoundBy { get; init; }
    public DateTimeOffset RecordedAt { get; init; }
}

public sealed class YoungPersonRowConfiguration : IEntityTypeConfiguration<YoungPersonRow>, IEntityTypeConfiguration<CareLeaverStatusRow>
{
    public void Configure(EntityTypeBuilder<YoungPersonRow> builder)
    {
        builder.ToTable("young_people");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.GivenName).HasColumnName("given_name").HasMaxLength(100);
        builder.Property(p => p.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        builder.Property(p => p.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(p => p.Changes).HasColumnName("changes").HasColumnType("jsonb");
        builder.Property(p => p.Category).HasColumnName("category").HasMaxLength(20);
        builder.Property(p => p.CategorySince).HasColumnName("category_since");
        builder.Property(p => p.EvaluatedOn).HasColumnName("evaluated_on");
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.Property(p => p.CategoryChangedAt).HasColumnName("category_changed_at");
        builder.Property(p => p.AnnouncedCategory).HasColumnName("announced_category").HasMaxLength(20).HasDefaultValue("none");
        builder.Property(p => p.DeterminationReason).HasColumnName("determination_reason").HasMaxLength(500);
        builder.Property(p => p.DeterminationBy).HasColumnName("determination_by").HasMaxLength(200);
        builder.Property(p => p.DeterminationOn).HasColumnName("determination_on");
        builder.Property(p => p.InEducationOrTraining).HasColumnName("in_education_or_training");
        builder.Property(p => p.AskedForSupportOn).HasColumnName("asked_for_support_on");
        builder.Property(p => p.DeclinedOn).HasColumnName("declined_on");
        builder.ToTable(t => t.HasCheckConstraint("ck_young_people_category", "category IN ('none', 'eligible', 'relevant', 'former-relevant', 'qualifying')"));
        builder.HasIndex(p => new { p.EvaluatedOn, p.DateOfBirth }).HasDatabaseName("ix_young_people_evaluated");
        builder.HasIndex(p => p.CategoryChangedAt).HasFilter("category <> announced_category").HasDatabaseName("ix_young_people_unannounced");
    }

    public void Configure(EntityTypeBuilder<CareLeaverStatusRow> builder)
    {
        builder.ToTable("care_leaver_statuses");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(s => s.YoungPersonId).HasColumnName("young_person_id");
        builder.Property(s => s.Category).HasColumnName("category").HasMaxLength(20);
        builder.Property(s => s.From).HasColumnName("from");
        builder.Property(s => s.FoundBy).HasColumnName("found_by").HasMaxLength(10);
        builder.Property(s => s.RecordedAt).HasColumnName("recorded_at");
        builder.HasOne<YoungPersonRow>().WithMany().HasForeignKey(s => s.YoungPersonId);
        builder.HasIndex(s => s.YoungPersonId).HasDatabaseName("ix_care_leaver_statuses_young_person");
    }
}
