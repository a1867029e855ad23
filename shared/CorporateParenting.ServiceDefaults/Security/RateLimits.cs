using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.ServiceDefaults.Security;

public static class RateLimits
{
    /// <summary>Partner-facing endpoints: a fixed window per partner authority (<c>RateLimiting:PartnerPermitsPerMinute</c>, default 120).</summary>
    public const string Partner = "partner";

    public static IHostApplicationBuilder AddPlatformRateLimits(this IHostApplicationBuilder builder)
    {
        var permitsPerMinute = builder.Configuration.GetValue("RateLimiting:PartnerPermitsPerMinute", 120);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString();
                }
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests.", Detail = $"At most {permitsPerMinute} requests a minute per authority." },
                });
            };
            limiter.AddPolicy(Partner, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(PlatformClaims.Authority)?.Value ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return builder;
    }
}
