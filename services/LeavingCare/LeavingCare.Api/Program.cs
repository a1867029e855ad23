using CorporateParenting.Audit;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using LeavingCare.Api;
using LeavingCare.Api.Apis;
using LeavingCare.Api.Grpc;
using LeavingCare.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformDefaults();

app.MapGrpcService<LeavingCareGrpcService>();
app.MapLeavingCareApi();
app.MapAuditTrailApi<LeavingCareDbContext>();
app.MapReadModelRebuildApi<LeavingCareDbContext>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
