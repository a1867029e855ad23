using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace VirtualSchool.Api.Infrastructure;

/// <summary>A financial year's Pupil Premium Plus, opened once with the grant it was computed from (docs/virtual-school.md §10.8).</summary>
public sealed class PupilPremiumPlusYearRow
{
    /// <summary>"2025-26".</summary>
    public required string FinancialYear { get; init; }
    public long RatePence { get; init; }
    public long RetainedPerChildPence { get; init; }
    public long DefaultPupilBudgetPence { get; init; }
    public int EligiblePupils { get; init; }
    public required string OpenedBy { get; init; }
    public DateTimeOffset OpenedAt { get; init; }
}

/// <summary>
/// One posting of a year's ledger, as the domain made it (the whole <c>LedgerPosting</c> as JSON), numbered from 1. The
/// key (year, number) lets only one writer append each number: a writer that read the ledger before another's posting
/// fails on it and reads again, so every posting is checked against the ledger as it truly stands.
/// </summary>
public sealed class PupilPremiumPlusPostingRow
{
    public required string FinancialYear { get; init; }
    public int Number { get; init; }
    public required string Kind { get; init; }
    public Guid? AllocationId { get; init; }
    public Guid? PupilId { get; init; }
    public string? Urn { get; init; }
    public required string Posting { get; init; }
    public required string PostedBy { get; init; }
    public DateTimeOffset PostedAt { get; init; }
}

/// <summary>
/// Each account's balance in pence, kept with the postings in the same transaction. The database refuses a balance below
/// zero for every account but the grant's (which is minus what was received): the pot, a retained share and an
/// allocation cannot be overdrawn, whatever the application does.
/// </summary>
public sealed class PupilPremiumPlusBalanceRow
{
    public required string FinancialYear { get; init; }
    /// <summary>The account's kind, with the allocation id for per-allocation accounts: "Unallocated", "Allocated:{id}".</summary>
    public required string Account { get; init; }
    public long Pence { get; set; }
}

/// <summary>A pupil's budget and what is allocated to them in a year; the database refuses an allocation above the budget.</summary>
public sealed class PupilPremiumPlusPupilRow
{
    public required string FinancialYear { get; init; }
    public Guid PupilId { get; init; }
    public long BudgetPence { get; set; }
    public long AllocatedPence { get; set; }
}

internal sealed class PupilPremiumPlusConfigurations :
    IEntityTypeConfiguration<PupilPremiumPlusYearRow>, IEntityTypeConfiguration<PupilPremiumPlusPostingRow>,
    IEntityTypeConfiguration<PupilPremiumPlusBalanceRow>, IEntityTypeConfiguration<PupilPremiumPlusPupilRow>
{
    public void Configure(EntityTypeBuilder<PupilPremiumPlusYearRow> builder)
    {
        builder.ToTable("ppp_years");
        builder.HasKey(y => y.FinancialYear);
        builder.Property(y => y.FinancialYear).HasColumnName("financial_year").HasMaxLength(7);
        builder.Property(y => y.RatePence).HasColumnName("rate_pence");
        builder.Property(y => y.RetainedPerChildPence).HasColumnName("retained_per_child_pence");
        builder.Property(y => y.DefaultPupilBudgetPence).HasColumnName("default_pupil_budget_pence");
        builder.Property(y => y.EligiblePupils).HasColumnName("eligible_pupils");
        builder.Property(y => y.OpenedBy).HasColumnName("opened_by").HasMaxLength(200);
        builder.Property(y => y.OpenedAt).HasColumnName("opened_at");
    }

    public void Configure(EntityTypeBuilder<PupilPremiumPlusPostingRow> builder)
    {
        builder.ToTable("ppp_postings");
        builder.HasKey(p => new { p.FinancialYear, p.Number });
        builder.Property(p => p.FinancialYear).HasColumnName("financial_year").HasMaxLength(7);
        builder.Property(p => p.Number).HasColumnName("number");
        builder.Property(p => p.Kind).HasColumnName("kind").HasMaxLength(40);
        builder.Property(p => p.AllocationId).HasColumnName("allocation_id");
        builder.Property(p => p.PupilId).HasColumnName("pupil_id");
        builder.Property(p => p.Urn).HasColumnName("urn").HasMaxLength(7);
        builder.Property(p => p.Posting).HasColumnName("posting").HasColumnType("jsonb");
        builder.Property(p => p.PostedBy).HasColumnName("posted_by").HasMaxLength(200);
        builder.Property(p => p.PostedAt).HasColumnName("posted_at");
        builder.HasOne<PupilPremiumPlusYearRow>().WithMany().HasForeignKey(p => p.FinancialYear).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.PupilId).HasDatabaseName("ix_ppp_postings_pupil");
        builder.HasIndex(p => p.Urn).HasDatabaseName("ix_ppp_postings_urn");
    }

    public void Configure(EntityTypeBuilder<PupilPremiumPlusBalanceRow> builder)
    {
        builder.ToTable("ppp_balances", t => t.HasCheckConstraint("ck_ppp_balances_not_overdrawn", "pence >= 0 OR account = 'Grant'"));
        builder.HasKey(b => new { b.FinancialYear, b.Account });
        builder.Property(b => b.FinancialYear).HasColumnName("financial_year").HasMaxLength(7);
        builder.Property(b => b.Account).HasColumnName("account").HasMaxLength(60);
        builder.Property(b => b.Pence).HasColumnName("pence");
        builder.HasOne<PupilPremiumPlusYearRow>().WithMany().HasForeignKey(b => b.FinancialYear).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<PupilPremiumPlusPupilRow> builder)
    {
        builder.ToTable("ppp_pupils", t =>
        {
            t.HasCheckConstraint("ck_ppp_pupils_within_budget", "allocated_pence <= budget_pence");
            t.HasCheckConstraint("ck_ppp_pupils_not_negative", "allocated_pence >= 0 AND budget_pence >= 0");
        });
        builder.HasKey(p => new { p.FinancialYear, p.PupilId });
        builder.Property(p => p.FinancialYear).HasColumnName("financial_year").HasMaxLength(7);
        builder.Property(p => p.PupilId).HasColumnName("pupil_id");
        builder.Property(p => p.BudgetPence).HasColumnName("budget_pence");
        builder.Property(p => p.AllocatedPence).HasColumnName("allocated_pence");
        builder.HasOne<PupilPremiumPlusYearRow>().WithMany().HasForeignKey(p => p.FinancialYear).OnDelete(DeleteBehavior.Restrict);
    }
}
