using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults;
using Placements.Api;
using Placements.Api.Apis;
using Placements.Api.Infrastructure;
using Placements.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapGrpcService<PlacementsGrpcService>();
app.MapChildrenApi();
app.MapAuditTrailApi<PlacementsDbContext>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
