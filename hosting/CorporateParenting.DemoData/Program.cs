using CorporateParenting.DemoData;
using CorporateParenting.DemoData.Health;
using CorporateParenting.DemoData.LeavingCare;
using CorporateParenting.DemoData.Notifications;
using CorporateParenting.DemoData.Reporting;
using CorporateParenting.DemoData.VirtualSchool;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using HealthClient = CorporateParenting.Health.V1.Health.HealthClient;
using PlacementsClient = CorporateParenting.Placements.V1.Placements.PlacementsClient;

// Demo data for the local platform: a resource of the AppHost that runs once Placements and every consumer of its
// events are healthy, shows on the dashboard until it finishes, and reaches Placements and Health (gRPC), the Virtual
// School, Leaving Care, Notifications and Reporting (REST) by service discovery.
var builder = Host.CreateApplicationBuilder(args);
builder.ConfigureOpenTelemetry();
builder.Services.AddServiceDiscovery();
builder.Services.AddGrpcClient<PlacementsClient>(options => options.Address = ResourceNames.GrpcAddress(ResourceNames.Placements))
    .AddServiceDiscovery();
builder.Services.AddGrpcClient<HealthClient>(options => options.Address = ResourceNames.GrpcAddress(ResourceNames.Health))
    .AddServiceDiscovery();
builder.Services.AddSingleton(DemoDataOptions.From(builder.Configuration));
builder.Services.AddHttpClient<DemoVirtualSchool>(client => client.BaseAddress = ResourceNames.HttpAddress(ResourceNames.VirtualSchool))
    .AddServiceDiscovery()
    .AddHttpMessageHandler(services => new DevelopmentTokenHandler(services.GetRequiredService<DemoDataOptions>().SigningKey, Roles.VirtualSchool));
builder.Services.AddHttpClient<DemoLeavingCare>(client => client.BaseAddress = ResourceNames.HttpAddress(ResourceNames.LeavingCare))
    .AddServiceDiscovery()
    .AddHttpMessageHandler(services => new DevelopmentTokenHandler(services.GetRequiredService<DemoDataOptions>().SigningKey, Roles.LeavingCare));
builder.Services.AddHttpClient<DemoNotifications>(client => client.BaseAddress = ResourceNames.HttpAddress(ResourceNames.Notifications))
    .AddServiceDiscovery()
    .AddHttpMessageHandler(services => new DevelopmentTokenHandler(services.GetRequiredService<DemoDataOptions>().SigningKey, Roles.Notifications));
builder.Services.AddHttpClient<DemoReporting>(client => client.BaseAddress = ResourceNames.HttpAddress(ResourceNames.Reporting))
    .AddServiceDiscovery()
    .AddHttpMessageHandler(services => new DevelopmentTokenHandler(services.GetRequiredService<DemoDataOptions>().SigningKey, Roles.Performance));
builder.Services.AddSingleton<DemoHealth>();
builder.Services.AddSingleton<DemoCohort>();

using var host = builder.Build();
await host.StartAsync();
var succeeded = await host.Services.GetRequiredService<DemoCohort>().LoadAsync(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping);
await host.StopAsync();
return succeeded ? 0 : 1;
