using System.Text;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Webhooks;

namespace Notifications.Api.Webhooks;

/// <summary>
/// A partner that signs (it has a secret in the directory, docs/out-of-area.md §8, §10) must sign every change it sends
/// us: a POST or PUT under <c>/api/partner/</c> from its token is checked over the raw body before anything is read or
/// stored — missing, malformed, stale, wrongly keyed or replayed is a 401 naming which, so a replay stores nothing twice.
/// Partners without a secret use their token alone.
/// </summary>
public static class SignedPartnerRequests
{
    public static IApplicationBuilder UseSignedPartnerRequests(this IApplicationBuilder app) =>
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/api/partner") && (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method)),
            branch => branch.Use(async (context, next) =>
            {
                var authority = context.User.FindFirst(PlatformClaims.Authority)?.Value;
                var db = context.RequestServices.GetRequiredService<NotificationsDbContext>();
                var secret = authority is null ? null
                    : await db.Partners.AsNoTracking().Where(p => p.AuthorityCode == authority).Select(p => p.WebhookSecret).SingleOrDefaultAsync(context.RequestAborted);
                if (secret is null)
                {
                    await next(context);
                    return;
                }

                context.Request.EnableBuffering();
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
                context.Request.Body.Position = 0;
                var check = await WebhookSignature.VerifyAsync(context.Request.Headers[WebhookSignature.Header], buffer.ToArray(), [Encoding.UTF8.GetBytes(secret)],
                    context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), context.RequestServices.GetRequiredService<SeenSignatures>(), context.RequestAborted);
                if (check == SignatureCheck.Valid)
                {
                    await next(context);
                    return;
                }
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                await ProblemResponses.WriteAsync(context, new ProblemDetails
                {
                    Status = StatusCodes.Status401Unauthorized,
                    Title = "The request's signature was not accepted.",
                    Detail = $"{WebhookSignature.Header}: {Why(check)} Your authority signs its requests with the secret agreed with us.",
                });
            }));

    private static string Why(SignatureCheck check) => check switch
    {
        SignatureCheck.Missing => "missing.",
        SignatureCheck.Malformed => "malformed; expected t=<Unix seconds>,v1=<64 hex digits>.",
        SignatureCheck.Stale => $"the timestamp is more than {WebhookSignature.Tolerance.TotalMinutes:0} minutes from our clock.",
        SignatureCheck.Replayed => "this signed request was accepted before; sign a new one.",
        _ => "does not match the body with your secret.",
    };
}
