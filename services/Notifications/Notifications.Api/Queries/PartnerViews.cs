using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Queries;

/// <summary>A partner as the directory shows it: everything but the secret, of which only whether one is held and since when.</summary>
public sealed record PartnerView(
    string AuthorityCode, string Name, string Channel, string? WebhookUrl, bool HasWebhookSecret, DateTimeOffset? SecretSetAt, string? InboxEmail,
    string? VirtualSchoolEmail, string? HealthTeamEmail, int Version)
{
    public static PartnerView Of(PartnerRow p) =>
        new(p.AuthorityCode, p.Name, p.Channel, p.WebhookUrl, p.WebhookSecret is not null, p.SecretSetAt, p.InboxEmail, p.VirtualSchoolEmail, p.HealthTeamEmail, p.Version);
}

/// <summary>The partner directory, by name.</summary>
public sealed class ListPartnersHandler(NotificationsDbContext db)
{
    public async Task<IReadOnlyList<PartnerView>> ListAsync(CancellationToken ct) =>
        [.. (await db.Partners.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct)).Select(PartnerView.Of)];

    public async Task<PartnerView> GetAsync(string authorityCode, CancellationToken ct) =>
        PartnerView.Of(await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.AuthorityCode == authorityCode, ct)
            ?? throw new NotFoundException("Partner", authorityCode));
}
