using CorporateParenting.Audit;
using CorporateParenting.ReadModels;
using CorporateParenting.ServiceDefaults;
using VirtualSchool.Api;
using VirtualSchool.Api.Apis;
using VirtualSchool.Api.Cli;
using VirtualSchool.Api.Grpc;
using VirtualSchool.Api.Infrastructure;

if (AttendanceImportCommand.Matches(args))
{
    return await AttendanceImportCommand.RunAsync(args, Console.Out, Console.Error);
}

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();
app.UsePlatformDefaults();

app.MapGrpcService<VirtualSchoolGrpcService>();
app.MapAttendanceApi();
app.MapSchoolsApi();
app.MapPupilsApi();
app.MapAttendanceFeedApi();
app.MapExclusionsApi();
app.MapPupilPremiumPlusApi();
app.MapPepsApi();
app.MapAuditTrailApi<VirtualSchoolDbContext>();
app.MapReadModelRebuildApi<VirtualSchoolDbContext>();
app.MapDefaultEndpoints();

await app.RunAsync();
return 0;

public partial class Program;
