using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Scalar.AspNetCore;

namespace CorporateParenting.ServiceDefaults;

/// <summary>The one call every service makes first (<see cref="AddServiceDefaults"/>) and last (<see cref="MapDefaultEndpoints"/>).</summary>
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
        builder.Services.AddExceptionHandler<ProblemDetailsExceptionHandler>();
        builder.Services.AddValidation();
        builder.Services.AddOpenApi();

        builder.Services.AddGrpc(options => options.Interceptors.Add<GrpcExceptionInterceptor>());
        builder.Services.AddGrpcReflection();
        return builder;
    }

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();

        // Readiness: every check (database, broker). Liveness: only that the process answers.
        app.MapHealthChecks(HealthPath);
        app.MapHealthChecks(AlivePath, new HealthCheckOptions { Predicate = check => check.Tags.Contains(LiveTag) });

        if (app.Environment.IsDevelopment())
        {
            app.MapOpenApi();
            app.MapScalarApiReference();
            app.MapGrpcReflectionService();
        }
        return app;
    }
}
