using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Placements.Api.Infrastructure;

/// <summary>A case-system command already applied, keyed by its client request id, so a retry returns the first result.</summary>
public sealed class ProcessedCommandRow
{
    public required string ClientRequestId { get; init; }
    public required string Command { get; init; }
    public Guid ChildId { get; init; }
    public Guid? PeriodOfCareId { get; init; }
    public DateTimeOffset ProcessedAt { get; init; }

    /// <summary>The request's <c>RequestFingerprint</c>; null for commands applied before it was kept.</summary>
    public string? RequestFingerprint { get; init; }
}

public sealed class ProcessedCommandRowConfiguration : IEntityTypeConfiguration<ProcessedCommandRow>
{
    public void Configure(EntityTypeBuilder<ProcessedCommandRow> builder)
    {
        builder.ToTable("processed_commands");
        builder.HasKey(c => c.ClientRequestId);
        builder.Property(c => c.ClientRequestId).HasColumnName("client_request_id").HasMaxLength(100);
        builder.Property(c => c.Command).HasColumnName("command").HasMaxLength(100);
        builder.Property(c => c.ChildId).HasColumnName("child_id");
        builder.Property(c => c.PeriodOfCareId).HasColumnName("period_of_care_id");
        builder.Property(c => c.ProcessedAt).HasColumnName("processed_at");
        builder.Property(c => c.RequestFingerprint).HasColumnName("request_fingerprint").HasMaxLength(CorporateParenting.ServiceDefaults.Idempotency.RequestFingerprint.Length);
    }
}
