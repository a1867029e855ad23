using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Audit;

public sealed class AuditRecordConfiguration : IEntityTypeConfiguration<AuditRecord>
{
    public const string Table = "audit_records";

    public void Configure(EntityTypeBuilder<AuditRecord> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(r => r.Id);
        // ALWAYS, not BY DEFAULT: nobody can choose an id to slot a row into the middle of the chain.
        builder.Property(r => r.Id).HasColumnName("id").UseIdentityAlwaysColumn();
        builder.Property(r => r.OccurredAt).HasColumnName("occurred_at").HasColumnType("timestamp with time zone");
        builder.Property(r => r.Subject).HasColumnName("subject").HasColumnType("text");
        builder.Property(r => r.Roles).HasColumnName("roles").HasColumnType("text");
        builder.Property(r => r.Authority).HasColumnName("authority").HasColumnType("text");
        builder.Property(r => r.Action).HasColumnName("action").HasColumnType("text");
        builder.Property(r => r.RecordKind).HasColumnName("record_kind").HasColumnType("text");
        builder.Property(r => r.ChildId).HasColumnName("child_id").HasColumnType("uuid");
        builder.Property(r => r.RecordId).HasColumnName("record_id").HasColumnType("text");
        builder.Property(r => r.TraceId).HasColumnName("trace_id").HasColumnType("text");
        builder.Property(r => r.ChainPosition).HasColumnName("chain_position");
        builder.Property(r => r.PreviousHash).HasColumnName("previous_hash").HasColumnType("text");
        builder.Property(r => r.Hash).HasColumnName("hash").HasColumnType("text");
        // With id second, "this child's / this person's accesses, newest first" is one index range scan.
        builder.HasIndex(r => new { r.ChildId, r.Id }).HasDatabaseName("ix_audit_records_child_id");
        builder.HasIndex(r => new { r.Subject, r.Id }).HasDatabaseName("ix_audit_records_subject");
        builder.HasIndex(r => r.ChainPosition).IsUnique().HasDatabaseName("ix_audit_records_chain_position");
        builder.HasIndex(r => r.Id).HasFilter("chain_position IS NULL").HasDatabaseName("ix_audit_records_unchained");
    }
}
