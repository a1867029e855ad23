using System.Text.Json.Serialization;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace CorporateParenting.ServiceDefaults;

/// <summary>
/// What every service shares: its services (<see cref="AddServiceDefaults"/>), its request pipeline
/// (<see cref="UsePlatformDefaults"/>) and its standard endpoints (<see cref="MapDefaultEndpoints"/>).
/// </summary>
public static class Extensions
{
    public const string LiveTag = "live";
    public const string HealthPath = "/health";
    public const string AlivePath = "/alive";

    public static TBuilder AddServiceDefaults<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.ConfigureOpenTelemetry();

        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [LiveTag]);

        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http =>
        {
            http.AddStandardResilienceHandler();
            http.AddServiceDiscovery();
        });

        builder.Services.AddProblemDetails();
        // Strict JSON: a number sent as a string ("2") is a client's mistake to be told about, not guessed at.
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.NumberHandling = JsonNumberHandling.Strict);
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddValidation();
        builder.Services.AddOpenApi();

        builder.AddPlatformSecurity();
        builder.AddPlatformRateLimits();
        var maxRequestBytes = RequestBodyLimit.MaxBytes(builder.Configuration);
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MaxRequestBodySize = maxRequestBytes);

        builder.Services.AddGrpc(options =>
        {
            options.Interceptors.Add<GrpcExceptionInterceptor>();
            options.MaxReceiveMessageSize = maxRequestBytes;
        });
        builder.Services.AddGrpcReflection();
        return builder;
    }

    /// <summary>
    /// The request pipeline every service runs, in this order: security headers, ProblemDetails for exceptions and bare
    /// status codes (whatever the Accept header), routing, the request body limit (the endpoint's own, or the default),
    /// authentication (before the 404s, because an OpenID Connect sign-in's callback, the Portal's /signin-oidc, is served
    /// by its handler rather than by an endpoint), 404/405 for requests no endpoint serves, authorization (default deny
    /// for every endpoint), rate limits.
    /// </summary>
    /// <param name="contentSecurityPolicy">The pages' policy for the Portal; a service's answers are data (<see cref="SecurityHeaders.DataOnly"/>).</param>
    public static WebApplication UsePlatformDefaults(this WebApplication app, string contentSecurityPolicy = SecurityHeaders.DataOnly)
    {
        app.UseSecurityHeaders(contentSecurityPolicy);
        app.UseExceptionHandler();
        app.UseStatusCodePages(context => ProblemResponses.WriteAsync(
            context.HttpContext,
            new ProblemDetails { Title = ReasonPhrases.GetReasonPhrase(context.HttpContext.Response.StatusCode) },
            context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()));
        app.UseRouting();
        app.UseRequestBodyLimit();
        app.UseAuthentication();
        app.UseUnroutableRequests();
        app.UseAuthorization();
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The endpoints every service has: <c>/health</c>, <c>/alive</c>, and in Development OpenAPI, Scalar and gRPC reflection.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        // Readiness: every check (database, broker). Liveness: only that the process answers. Both anonymous
        // for orchestrators, and they report only a status, never details.
        app.MapHealthChecks(HealthPath).AllowAnonymous();
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) }).AllowAnonymous();

        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi().AllowAnonymous();
            app.MapScalarApiReference().AllowAnonymous();
            app.MapGrpcReflectionService().RequireAuthorization(Policies.AnyPlatformRole);
        }
        return app;
    }
}
