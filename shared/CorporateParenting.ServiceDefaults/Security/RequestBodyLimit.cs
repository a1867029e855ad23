using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>
/// Refuses a declared body over <c>Limits:MaxRequestBodyBytes</c> (default 1 MiB) with a 413 ProblemDetails before
/// anything reads it. Kestrel enforces the same limit on bodies without a length; this also holds behind any server.
/// </summary>
public static class RequestBodyLimit
{
    public const string Setting = "Limits:MaxRequestBodyBytes";
    public const int DefaultBytes = 1024 * 1024;

    public static int MaxBytes(IConfiguration configuration) => configuration.GetValue(Setting, DefaultBytes);

    public static IApplicationBuilder UseRequestBodyLimit(this IApplicationBuilder app)
    {
        var maxBytes = MaxBytes(app.ApplicationServices.GetRequiredService<IConfiguration>());
        return app.Use(async (context, next) =>
        {
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
