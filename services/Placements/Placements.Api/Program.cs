using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults;
using Placements.Api;
using Placements.Api.Apis;
using Placements.Api.Infrastructure;
using Placements.Api.Grpc;
using Placements.Api.Import;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
if (ImportCommand.Matches(args))
{
    return await ImportCommand.RunAsync(app.Services, args);
}

app.UsePlatformDefaults();
app.MapGrpcService<PlacementsGrpcService>();
app.MapChildrenApi();
app.MapAuditTrailApi<PlacementsDbContext>();
app.MapDefaultEndpoints();

app.Run();
return 0;

public partial class Program;
