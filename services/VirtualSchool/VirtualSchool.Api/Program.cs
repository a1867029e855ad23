using CorporateParenting.Audit;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using VirtualSchool.Api;
using VirtualSchool.Api.Apis;
using VirtualSchool.Api.Grpc;
using VirtualSchool.Api.Infrastructure;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformDefaults();

app.MapGrpcService<VirtualSchoolGrpcService>();
app.MapAttendanceApi();
app.MapSchoolsApi();
app.MapPupilsApi();
app.MapAuditTrailApi<VirtualSchoolDbContext>();
app.MapReadModelRebuildApi<VirtualSchoolDbContext>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
