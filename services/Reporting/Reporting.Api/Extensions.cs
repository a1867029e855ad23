using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using Reporting.Api.Infrastructure;
using Reporting.Api.Options;
using Reporting.Api.Return;
using Reporting.Api.Sources;

namespace Reporting.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Its own database holds only its audit trail: the return's rows stay with the services that own them.
        builder.AddServiceDatabase<ReportingDbContext>(ResourceNames.ReportingDb);
        builder.AddAuditTrail<ReportingDbContext>();
        builder.AddReturnSources();
        builder.Services.AddScoped<Ssda903Assembly>();
        return builder;
    }
}
