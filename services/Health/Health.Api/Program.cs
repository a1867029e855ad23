using CorporateParenting.ServiceDefaults;
using Health.Api;
using Health.Api.Grpc;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapGrpcService<HealthGrpcService>();
app.MapDefaultEndpoints();

app.Run();

public partial class Program;
