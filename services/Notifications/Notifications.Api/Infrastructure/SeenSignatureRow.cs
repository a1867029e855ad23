using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Notifications.Api.Infrastructure;

/// <summary>A partner's request signature already accepted, kept until a request carrying it would be stale anyway (docs/out-of-area.md §8).</summary>
public sealed class SeenSignatureRow
{
    public required string Signature { get; init; }
    public DateTimeOffset KeepUntil { get; init; }
}

public sealed class SeenSignatureRowConfiguration : IEntityTypeConfiguration<SeenSignatureRow>
{
    public void Configure(EntityTypeBuilder<SeenSignatureRow> builder)
    {
        builder.ToTable("seen_signatures");
        builder.HasKey(s => s.Signature);
        builder.Property(s => s.Signature).HasColumnName("signature").HasMaxLength(64);
        builder.Property(s => s.KeepUntil).HasColumnName("keep_until");
        builder.HasIndex(s => s.KeepUntil).HasDatabaseName("ix_seen_signatures_keep_until");
    }
}
