using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Notifications.Api.Infrastructure;

/// <summary>
/// A partner authority in the directory the notifications team keeps (docs/out-of-area.md §10): where notices to it
/// go (its notification endpoint, signed with <see cref="WebhookSecret"/>, or its inbox) and who else there hears of a
/// child placed in its area (its Virtual School, its ICB or health team). The secret is never returned or logged.
/// </summary>
public sealed class PartnerRow
{
    public const string Webhook = "webhook";
    public const string Email = "email";
    public static readonly string[] Channels = [Webhook, Email];

    public required string AuthorityCode { get; init; }
    public required string Name { get; set; }
    public required string Channel { get; set; }
    public string? WebhookUrl { get; set; }
    public string? WebhookSecret { get; set; }
    public DateTimeOffset? SecretSetAt { get; set; }
    public string? InboxEmail { get; set; }
    public string? VirtualSchoolEmail { get; set; }
    public string? HealthTeamEmail { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }
}

public sealed class PartnerRowConfiguration : IEntityTypeConfiguration<PartnerRow>
{
    public void Configure(EntityTypeBuilder<PartnerRow> builder)
    {
        builder.ToTable("partner_directory");
        builder.HasKey(p => p.AuthorityCode);
        builder.Property(p => p.AuthorityCode).HasColumnName("authority_code").HasMaxLength(9);
        builder.Property(p => p.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(p => p.Channel).HasColumnName("channel").HasMaxLength(10);
        builder.Property(p => p.WebhookUrl).HasColumnName("webhook_url").HasMaxLength(500);
        builder.Property(p => p.WebhookSecret).HasColumnName("webhook_secret").HasMaxLength(200);
        builder.Property(p => p.SecretSetAt).HasColumnName("secret_set_at");
        builder.Property(p => p.InboxEmail).HasColumnName("inbox_email").HasMaxLength(254);
        builder.Property(p => p.VirtualSchoolEmail).HasColumnName("virtual_school_email").HasMaxLength(254);
        builder.Property(p => p.HealthTeamEmail).HasColumnName("health_team_email").HasMaxLength(254);
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.Property(p => p.Version).HasColumnName("version").IsConcurrencyToken();
        builder.ToTable(t => t.HasCheckConstraint("ck_partner_directory_channel",
            "(channel = 'webhook' AND webhook_url IS NOT NULL AND webhook_secret IS NOT NULL) OR (channel = 'email' AND inbox_email IS NOT NULL)"));
    }
}
