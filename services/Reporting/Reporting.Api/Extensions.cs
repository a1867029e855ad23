using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.ServiceDefaults.Data;
using Reporting.Api.Imports;
using Reporting.Api.Infrastructure;
using Reporting.Api.Options;
using Reporting.Api.Return;
using Reporting.Api.Scorecard;
using Reporting.Api.Sources;
using Reporting.Domain.Scorecard;

namespace Reporting.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        // Its own database holds its audit trail and the case system's imported tables: the return's other rows stay with the services that own them.
        builder.AddServiceDatabase<ReportingDbContext>(ResourceNames.ReportingDb);
        builder.AddAuditTrail<ReportingDbContext>();
        builder.AddReturnSources();
        builder.Services.AddScoped<Ssda903Assembly>();
        builder.Services.AddScoped<HeldFindings>();
        builder.Services.AddScoped<CaseSystemRows>();
        builder.Services.AddScoped<ImportCaseSystemTable>();
        builder.Services.AddOptions<ScorecardOptions>().BindConfiguration(ScorecardOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Targets.Keys.Concat(o.StatisticalNeighbours.Keys).All(ScorecardMeasures.All.Select(m => m.Key).Contains),
                $"{ScorecardOptions.Section}: every target and neighbours' figure is named by a measure's key (docs/scorecard.md).")
            .ValidateOnStart();
        builder.Services.AddScoped<AssembleScorecard>();
        return builder;
    }
}
