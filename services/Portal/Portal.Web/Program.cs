using CorporateParenting.ServiceDefaults;
using Portal.Web.Apis;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.Services.AddHttpClient();

var app = builder.Build();
app.UsePlatformDefaults();

app.MapPlatformStatusApi();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
