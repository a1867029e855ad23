using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Domain;

namespace Placements.Api.Infrastructure;

/// <summary>A child we look after, or have looked after. <see cref="Id"/> is the ChildId used across the platform.</summary>
public sealed class ChildRow
{
    public Guid Id { get; init; }
    public required string CaseReference { get; init; }
    public required string GivenName { get; set; }
    public required string FamilyName { get; set; }
    public DateOnly DateOfBirth { get; set; }
    public required string Sex { get; set; }
    public string? Upn { get; set; }
    public string? NhsNumber { get; set; }
    public string? Ethnicity { get; set; }
    public string? HomePostcode { get; set; }

    /// <summary>Unaccompanied asylum-seeking child since this date; null if not UASC.</summary>
    public DateOnly? UascSince { get; set; }

    /// <summary>The day UASC status ceased (SSDA903 DUC), on or before the 18th birthday; null while it holds.</summary>
    public DateOnly? UascCeasedOn { get; set; }

    /// <summary>SSDA903 MOTHER: whether the child is a mother; null while not recorded.</summary>
    public bool? IsMother { get; set; }

    /// <summary>SSDA903 MC_DOB: the date of birth of her first or only child; only when <see cref="IsMother"/>.</summary>
    public DateOnly? FirstChildBornOn { get; set; }

    public Motherhood Motherhood
    {
        get => new(IsMother, FirstChildBornOn);
        set => (IsMother, FirstChildBornOn) = (value.IsMother, value.FirstChildBornOn);
    }

    /// <summary>
    /// The child's version: when anything about the child last changed, set by every command (which also publishes an
    /// event, so this is never before that event's OccurredAt) and by the import. Other services compare it with the
    /// events they receive to keep whichever is newer (<c>StreamCareHistories</c>).
    /// </summary>
    public DateTimeOffset ChangedAt { get; set; }

    public List<PeriodOfCareRow> PeriodsOfCare { get; init; } = [];
    public List<SocialWorkerAllocationRow> SocialWorkerAllocations { get; init; } = [];
    public List<CorrectionRow> Corrections { get; init; } = [];
    public List<MissingEpisodeRow> MissingEpisodes { get; init; } = [];

    /// <summary>
    /// The version of a change made at <paramref name="now"/>: rounded up to PostgreSQL's whole microseconds, so the stored
    /// value is never before the <c>OccurredAt</c> of an event created at <paramref name="now"/> or earlier.
    /// </summary>
    public static DateTimeOffset VersionAt(DateTimeOffset now) =>
        now.Ticks % TimeSpan.TicksPerMicrosecond == 0 ? now : now.AddTicks(TimeSpan.TicksPerMicrosecond - now.Ticks % TimeSpan.TicksPerMicrosecond);
}

public sealed class ChildRowConfiguration : IEntityTypeConfiguration<ChildRow>
{
    public void Configure(EntityTypeBuilder<ChildRow> builder)
    {
        builder.ToTable("children");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(c => c.CaseReference).HasColumnName("case_reference").HasMaxLength(50);
        builder.HasIndex(c => c.CaseReference).IsUnique();
        builder.Property(c => c.GivenName).HasColumnName("given_name").HasMaxLength(100);
        builder.Property(c => c.FamilyName).HasColumnName("family_name").HasMaxLength(100);
        builder.Property(c => c.DateOfBirth).HasColumnName("date_of_birth");
        builder.Property(c => c.Sex).HasColumnName("sex").HasMaxLength(1);
        builder.Property(c => c.Upn).HasColumnName("upn").HasMaxLength(13);
        builder.Property(c => c.NhsNumber).HasColumnName("nhs_number").HasMaxLength(10);
        builder.Property(c => c.Ethnicity).HasColumnName("ethnicity").HasMaxLength(4);
        builder.Property(c => c.HomePostcode).HasColumnName("home_postcode").HasMaxLength(8);
        builder.Property(c => c.UascSince).HasColumnName("uasc_since");
        builder.Property(c => c.UascCeasedOn).HasColumnName("uasc_ceased_on");
        builder.Property(c => c.IsMother).HasColumnName("is_mother");
        builder.Property(c => c.FirstChildBornOn).HasColumnName("first_child_born_on");
        builder.Ignore(c => c.Motherhood);
        builder.Property(c => c.ChangedAt).HasColumnName("changed_at");
        // An incremental rebuild reads only the children changed since its last run.
        builder.HasIndex(c => c.ChangedAt).HasDatabaseName("ix_children_changed_at");
        builder.HasMany(c => c.PeriodsOfCare).WithOne().HasForeignKey(p => p.ChildId);
        builder.HasMany(c => c.SocialWorkerAllocations).WithOne().HasForeignKey(a => a.ChildId);
        builder.HasMany(c => c.Corrections).WithOne().HasForeignKey(c => c.ChildId);
        builder.HasMany(c => c.MissingEpisodes).WithOne().HasForeignKey(m => m.ChildId);
    }
}
