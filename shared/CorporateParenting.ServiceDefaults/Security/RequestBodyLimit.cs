using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>
/// Refuses a declared body over <c>Limits:MaxRequestBodyBytes</c> (default 1 MiB) with a 413 ProblemDetails before
/// anything reads it. Kestrel enforces the same limit on bodies without a length; this also holds behind any server.
/// An endpoint that must take more (a bulk upload) says so with <see cref="WithRequestBodyLimit"/>: its own limit
/// replaces the default for it alone, for declared lengths and for the server's limit on streamed bodies.
/// </summary>
public static class RequestBodyLimit
{
    public const string Setting = "Limits:MaxRequestBodyBytes";
    public const int DefaultBytes = 1024 * 1024;

    public static int MaxBytes(IConfiguration configuration) => configuration.GetValue(Setting, DefaultBytes);

    /// <summary>This endpoint's own body limit in bytes, instead of the platform's default.</summary>
    public static TBuilder WithRequestBodyLimit<TBuilder>(this TBuilder builder, long maxBytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new RequestSizeLimitAttribute(maxBytes));

    /// <summary>Runs after routing, so the endpoint's own limit is known; before anything reads the body.</summary>
    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
    {
        var defaultBytes = MaxBytes(app.ApplicationServices.GetRequiredService<IConfiguration>());
        return app.Use(async (context, next) =>
        {
            long? maxBytes = defaultBytes;
            if (context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>() is { } endpointLimit)
            {
                maxBytes = endpointLimit.MaxRequestBodySize;
                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                {
                    feature.MaxRequestBodySize = maxBytes;
                }
            }
            if (context.Request.ContentLength > maxBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = StatusCodes.Status413PayloadTooLarge, Title = "The request body is too large.", Detail = $"At most {maxBytes} bytes are accepted." },
                });
                return;
            }
            await next();
        });
    }
}
