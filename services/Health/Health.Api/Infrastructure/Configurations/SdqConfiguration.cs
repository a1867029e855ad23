using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Health.Api.Infrastructure.Configurations;

public sealed class SdqConfiguration : IEntityTypeConfiguration<SdqRow>
{
    public void Configure(EntityTypeBuilder<SdqRow> builder)
    {
        builder.ToTable("sdqs");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(s => s.ChildId).HasColumnName("child_id");
        builder.Property(s => s.ClientRequestId).HasColumnName("client_request_id").HasMaxLength(100);
        builder.Property(s => s.CompletedOn).HasColumnName("completed_on");
        builder.Property(s => s.Informant).HasColumnName("informant").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Form).HasColumnName("form").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.CompletedBy).HasColumnName("completed_by").HasMaxLength(200);
        builder.Property(s => s.Responses).HasColumnName("responses");
        builder.Property(s => s.Emotional).HasColumnName("emotional");
        builder.Property(s => s.Conduct).HasColumnName("conduct");
        builder.Property(s => s.Hyperactivity).HasColumnName("hyperactivity");
        builder.Property(s => s.PeerProblems).HasColumnName("peer_problems");
        builder.Property(s => s.Prosocial).HasColumnName("prosocial");
        builder.Property(s => s.TotalDifficulties).HasColumnName("total_difficulties");
        builder.Property(s => s.Band).HasColumnName("band").HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.RecordedAt).HasColumnName("recorded_at");
        builder.HasIndex(s => new { s.ChildId, s.CompletedOn });
        builder.HasIndex(s => s.ClientRequestId).IsUnique();
    }
}
