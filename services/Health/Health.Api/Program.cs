using CorporateParenting.Audit;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using Health.Api;
using Health.Api.Apis;
using Health.Api.Infrastructure;
using Health.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformDefaults();

app.MapGrpcService<HealthGrpcService>();
app.MapHealthApi();
app.MapOutcomeEventsApi();
app.MapAuditTrailApi<HealthDbContext>();
app.MapReadModelRebuildApi<HealthDbContext>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
