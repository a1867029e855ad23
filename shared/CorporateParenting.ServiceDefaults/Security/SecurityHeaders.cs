using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>Headers that keep personal data out of caches and frames and stop content sniffing.</summary>
public static class SecurityHeaders
{
    /// <summary>A service answers with data, never a page: nothing may load.</summary>
    public const string DataOnly = "default-src 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The Portal's pages: their own stylesheets, scripts (modules, never inline), fonts and images, forms posted only
    /// to themselves.
    /// </summary>
    public const string Pages =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; object-src 'none'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, string contentSecurityPolicy = DataOnly) =>
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
                    headers.ContentSecurityPolicy = contentSecurityPolicy;
                }
                return Task.CompletedTask;
            });
            await next();
        });
}
