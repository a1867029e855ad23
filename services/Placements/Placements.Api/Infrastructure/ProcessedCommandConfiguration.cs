using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Placements.Api.Model;

namespace Placements.Api.Infrastructure;

public sealed class ProcessedCommandConfiguration : IEntityTypeConfiguration<ProcessedCommand>
{
    public void Configure(EntityTypeBuilder<ProcessedCommand> builder)
    {
        builder.ToTable("processed_commands");
        builder.HasKey(c => c.ClientRequestId);
        builder.Property(c => c.ClientRequestId).HasColumnName("client_request_id").HasMaxLength(100);
        builder.Property(c => c.Command).HasColumnName("command").HasMaxLength(100);
        builder.Property(c => c.ChildId).HasColumnName("child_id");
        builder.Property(c => c.PeriodOfCareId).HasColumnName("period_of_care_id");
        builder.Property(c => c.ProcessedAt).HasColumnName("processed_at");
    }
}
