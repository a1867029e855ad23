using CorporateParenting.Audit;
using CorporateParenting.Messaging;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using Placements.Api.Application;
using Placements.Api.Import;
using Placements.Api.Infrastructure;

namespace Placements.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<PlacementsDbContext>(ResourceNames.PlacementsDb);
        builder.AddMessaging<PlacementsDbContext>(ResourceNames.Placements, typeof(Extensions).Assembly);
        builder.AddAuditTrail<PlacementsDbContext>();

        builder.Services.AddOptions<AuthorityOptions>()
            .BindConfiguration(AuthorityOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<CareCommandRunner>();
        builder.Services.AddScoped<PlacementMeasuresQuery>();
        builder.Services.AddScoped<ChildRegisterQuery>();
        builder.Services.AddScoped<CaseloadImport>();
        return builder;
    }
}
