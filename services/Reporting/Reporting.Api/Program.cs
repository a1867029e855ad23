using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults;
using Reporting.Api;
using Reporting.Api.Apis;
using Reporting.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformDefaults();

app.MapSsda903Api();
app.MapCaseSystemTablesApi();
app.MapScorecardApi();
app.MapAuditTrailApi<ReportingDbContext>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
