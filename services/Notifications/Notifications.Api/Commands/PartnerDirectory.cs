using System.Net.Mail;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Commands;

/// <summary>
/// PUT /api/notifications/partners/{authorityCode}: the partner's name, its channel (webhook or email), the endpoint (an
/// https address; http only to this machine) and a new secret for a webhook partner (32 to 200 characters; blank keeps
/// the one held), its inbox for an email partner, and its Virtual School's and health team's addresses.
/// </summary>
public sealed record PartnerRequest(
    string? Name, string? Channel, string? WebhookUrl, string? WebhookSecret, string? InboxEmail, string? VirtualSchoolEmail, string? HealthTeamEmail);

/// <summary>
/// The partner directory kept by the notifications team (docs/out-of-area.md §10): an entry replaced whole, the secret
/// kept unless a new one is sent; audited without the secret.
/// </summary>
public sealed class PartnerDirectoryHandler(NotificationsDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public const int ShortestSecret = 32;

    public async Task<(PartnerRow Partner, bool Created)> PutAsync(string authorityCode, PartnerRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.CheckAuthorityCode("authorityCode", authorityCode);
        var name = errors.Required("name", request.Name, maxLength: 200);
        var channel = errors.OneOf("channel", request.Channel, PartnerRow.Channels);
        var url = errors.Optional("webhookUrl", request.WebhookUrl, maxLength: 500, TextKind.Reference);
        if (url is not null && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))))
        {
            errors.Add("webhookUrl", "must be an absolute https address (http only to this machine).");
        }
        var secret = string.IsNullOrEmpty(request.WebhookSecret) ? null : request.WebhookSecret;
        if (secret is not null && (secret.Length is < ShortestSecret or > 200 || secret.Any(char.IsControl) || secret.Trim() != secret))
        {
            errors.Add("webhookSecret", $"must be {ShortestSecret} to 200 characters without spaces at either end or control characters.");
        }
        var inbox = Email(errors, "inboxEmail", request.InboxEmail);
        var virtualSchool = Email(errors, "virtualSchoolEmail", request.VirtualSchoolEmail);
        var health = Email(errors, "healthTeamEmail", request.HealthTeamEmail);
        if (channel == PartnerRow.Webhook && url is null)
        {
            errors.Add("webhookUrl", "is required for a webhook partner.");
        }
        if (channel == PartnerRow.Email && inbox is null)
        {
            errors.Add("inboxEmail", "is required for an email partner.");
        }
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.AuthorityCode == authorityCode, ct);
        var created = partner is null;
        if (channel == PartnerRow.Webhook && secret is null && partner?.WebhookSecret is null)
        {
            errors.Add("webhookSecret", "is required for a webhook partner: none is held yet.");
            errors.ThrowIfAny();
        }
        partner ??= db.Partners.Add(new PartnerRow { AuthorityCode = authorityCode, Name = name, Channel = channel }).Entity;
        var now = clock.GetUtcNow();
        (partner.Name, partner.Channel, partner.WebhookUrl, partner.InboxEmail, partner.VirtualSchoolEmail, partner.HealthTeamEmail, partner.UpdatedAt) =
            (name, channel, url, inbox, virtualSchool, health, now);
        if (secret is not null)
        {
            (partner.WebhookSecret, partner.SecretSetAt) = (secret, now);
        }
        partner.Version++;
        await audit.RecordAsync(new AuditEntry(created ? "AddPartner" : "ChangePartner", "partner-directory", null,
            $"{authorityCode}{(secret is null ? "" : ", new secret")}"), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (partner, created);
    }

    private static string? Email(FieldErrors errors, string field, string? value)
    {
        var address = errors.Optional(field, value, maxLength: 254, TextKind.Reference);
        if (address is not null && (!MailAddress.TryCreate(address, out var parsed) || parsed.Address != address || !address.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add(field, "must be an email address such as notifications@derbyshire.gov.uk.");
        }
        return address;
    }
}
