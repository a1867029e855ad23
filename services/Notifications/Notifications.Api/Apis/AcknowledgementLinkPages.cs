using System.Net;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Notifications.Api.Commands;
using Notifications.Api.Delivery;
using Notifications.Api.Infrastructure;

namespace Notifications.Api.Apis;

/// <summary>
/// The page an emailed notice's acknowledgement link opens (docs/out-of-area.md §12). Opening it changes nothing (mail
/// scanners open links); the reader confirms with a button, giving their name if they wish, and the link is used up.
/// No child is named: the link may be forwarded, and the notice itself is in the email.
/// </summary>
public static class AcknowledgementLinkPages
{
    public const string Path = "/acknowledge";

    public static IEndpointRouteBuilder MapAcknowledgementLinkPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(Path).AllowAnonymous().RequireRateLimiting(RateLimits.Partner).ExcludeFromDescription();
        group.MapGet("/{token}", async (string token, NoticeAcknowledgements acknowledgements, CancellationToken ct) =>
            Page(await acknowledgements.ReadLinkAsync(token, ct), confirming: true));
        group.MapPost("/{token}", async (string token, [FromForm] string? name, NoticeAcknowledgements acknowledgements, CancellationToken ct) =>
            Page(await acknowledgements.ByLinkAsync(token, name, ct), confirming: false)).DisableAntiforgery();
        return app;
    }

    private static IResult Page((LinkOutcome Outcome, OutboundNotificationRow? Notification, string? Notice) link, bool confirming)
    {
        var (status, heading, body) = link switch
        {
            (LinkOutcome.Unknown, _, _) => (404, "This link is not recognised", "Check that the whole link was copied from the email."),
            (LinkOutcome.Expired, _, _) => (410, "This link has expired", "Please reply to the email instead, quoting our reference."),
            (LinkOutcome.AlreadyUsed, { } n, { } notice) => (200, "Already acknowledged",
                $"This {notice} notice (our reference {n.Id}) was acknowledged on {n.AcknowledgedAt(notice):d MMMM yyyy}. Thank you."),
            (LinkOutcome.Acknowledged, { } n, { } notice) when confirming => (200, "Acknowledge this notice",
                $"You are acknowledging receipt of the {notice} notice with our reference {n.Id}."),
            (_, { } n, { } notice) => (200, "Thank you", $"Receipt of the {notice} notice (our reference {n.Id}) is acknowledged."),
            _ => (404, "This link is not recognised", ""),
        };
        var form = confirming && link.Outcome == LinkOutcome.Acknowledged
            ? """<form method="post"><label for="name">Your name (optional)</label><br><input id="name" name="name" maxlength="150" autocomplete="name"><br><br><button type="submit">Acknowledge receipt</button></form>"""
            : "";
        var html = $"""<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{Encode(heading)}</title><style>body{"{"}font-family:Arial,sans-serif;max-width:40em;margin:2em auto{"}"}</style></head><body><h1>{Encode(heading)}</h1><p>{Encode(body)}</p>{form}</body></html>""";
        return Results.Content(html, "text/html; charset=utf-8", statusCode: status);
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
