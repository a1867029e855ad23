using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CorporateParenting.Messaging.Inbox;

public sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    public const string Table = "inbox_messages";

    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(m => new { m.MessageId, m.Consumer });
        builder.Property(m => m.MessageId).HasColumnName("message_id");
        builder.Property(m => m.Consumer).HasColumnName("consumer");
        builder.Property(m => m.ProcessedAt).HasColumnName("processed_at");
    }
}
