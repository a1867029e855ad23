using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>Headers that keep personal data out of caches and frames and stop content sniffing.</summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
                // The API UI (Development only) needs its own scripts; everything else is data, never a page.
                if (!context.Request.Path.StartsWithSegments("/scalar"))
                {
                    headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                }
                return Task.CompletedTask;
            });
            await next();
        });
}
