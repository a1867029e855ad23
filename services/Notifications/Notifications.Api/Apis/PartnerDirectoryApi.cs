using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Notifications.Api.Commands;
using Notifications.Api.Queries;

namespace Notifications.Api.Apis;

/// <summary>The partner directory (docs/out-of-area.md §10), for the notifications team and admin; no answer carries a secret.</summary>
public static class PartnerDirectoryApi
{
    public const string Prefix = "/api/notifications/partners";

    public static IEndpointRouteBuilder MapPartnerDirectoryApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Prefix).WithTags("Partner directory").RequireAuthorization(Policies.ManageNotifications);
        group.MapGet("/", async (ListPartnersHandler partners, CancellationToken ct) => TypedResults.Ok(await partners.ListAsync(ct)))
            .WithName("ListPartners").WithSummary("The partner authorities, by name, with their channels (never their secrets)");
        group.MapGet("/{authorityCode}", async (string authorityCode, ListPartnersHandler partners, CancellationToken ct) =>
                TypedResults.Ok(await partners.GetAsync(authorityCode, ct)))
            .WithName("GetPartner").WithSummary("One partner authority (never its secret)").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{authorityCode}", PutAsync).WithName("PutPartner")
            .WithSummary("Adds or replaces a partner: name, channel (webhook, email), webhookUrl, webhookSecret (blank keeps the one held), inboxEmail, virtualSchoolEmail, healthTeamEmail (audited, never the secret)")
            .ProducesValidationProblem();
        return app;
    }

    private static async Task<Results<Created<PartnerView>, Ok<PartnerView>>> PutAsync(
        string authorityCode, PartnerRequest body, PartnerDirectoryHandler directory, CancellationToken ct)
    {
        var (partner, created) = await directory.PutAsync(authorityCode, body, ct);
        return created ? TypedResults.Created($"{Prefix}/{authorityCode}", PartnerView.Of(partner)) : TypedResults.Ok(PartnerView.Of(partner));
    }
}
