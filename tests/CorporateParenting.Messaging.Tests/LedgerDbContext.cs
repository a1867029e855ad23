using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Messaging.Tests;

/// <summary>A minimal service database: a state table, an effects table for consumers, and the outbox and inbox.</summary>
public sealed class LedgerDbContext(DbContextOptions<LedgerDbContext> options) : DbContext(options)
{
    public DbSet<LedgerEntry> Entries => Set<LedgerEntry>();
    public DbSet<ConsumerEffect> Effects => Set<ConsumerEffect>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LedgerEntry>(entry =>
        {
            entry.ToTable("ledger_entries");
            entry.HasKey(e => e.Id);
            entry.HasIndex(e => e.Reference).IsUnique();
        });
        modelBuilder.Entity<ConsumerEffect>(effect =>
        {
            effect.ToTable("consumer_effects");
            effect.HasKey(e => e.Id);
        });
        modelBuilder.ApplyOutboxAndInbox();
    }
}

public sealed class LedgerEntry
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Reference { get; init; }
}

public sealed class ConsumerEffect
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public Guid ChildId { get; init; }
}
