using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults;
using LeavingCare.Api;
using LeavingCare.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformDefaults();

app.MapAuditTrailApi<LeavingCareDbContext>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
