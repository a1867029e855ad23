using CorporateParenting.EndToEndTests;
using CorporateParenting.Infrastructure;
using CorporateParenting.ServiceDefaults;
using CorporateParenting.Testing;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;
using Portal.Web.Services;
using PlacementsClient = CorporateParenting.Placements.V1.Placements.PlacementsClient;

namespace Portal.BrowserTests;

[CollectionDefinition(Name)]
public sealed class PortalBrowserCollection : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Portal in a browser";
}

/// <summary>
/// The whole platform as a person meets it: every service in-process over real PostgreSQL and RabbitMQ
/// (<see cref="InProcessPlatform"/>), the Portal on a real port (Kestrel, Development) calling them through their test
/// servers with the signed-in person's token, and Debian's Chromium driven by Playwright, headless, one browser for the
/// collection. Chromium is found at <c>PORTAL_CHROMIUM</c> or <c>/usr/bin/chromium</c>, and installed from Debian's
/// package when missing and we are root; Playwright's own browser download is never used. Screenshots go to
/// <c>artifacts/screenshots</c> beside the test assembly.
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    private readonly InfrastructureFixture _infrastructure = new();
    private PortalFactory? _portal;
    private IPlaywright? _playwright;

    public InProcessPlatform Platform { get; private set; } = null!;

    public IRunningInfrastructure Infrastructure => _infrastructure.Infrastructure;

    /// <summary>Placements' gRPC API, as the case system calls it.</summary>
    public PlacementsClient Placements { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    /// <summary>The Virtual School's term round today, so that marks sent for the last school day are taken on any date.</summary>
    private static Dictionary<string, string?> VirtualSchoolTerm =>
        VirtualSchoolTerms.OneTerm("Browser test term", People.UtcToday.AddDays(-70), People.UtcToday.AddDays(30));

    public async Task InitializeAsync()
    {
        var chromium = PrerequisiteInstaller.EnsureAsync("Chromium", Locate, "chromium", NullLogger.Instance, CancellationToken.None);
        await _infrastructure.InitializeAsync();
        Platform = await InProcessPlatform.StartAsync(_infrastructure, virtualSchoolSettings: VirtualSchoolTerm);
        Placements = new PlacementsClient(Platform.Placements.CreateGrpcChannel());
        _portal = new PortalFactory(Platform);
        _portal.UseKestrel(0);
        _portal.StartServer();
        Address = new Uri(_portal.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = await chromium,
            Headless = true,
            // Nothing but the Portal: no lookups of Google's update and autofill hosts.
            Args = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Address.ToString(), AcceptDownloads = true });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_portal is not null)
        {
            await _portal.DisposeAsync();
        }
        if (Platform is not null)
        {
            await Platform.DisposeAsync();
        }
        await _infrastructure.DisposeAsync();
    }

    private static string? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path) ? path : null;
    }

    /// <summary>The Portal as the AppHost runs it, its service clients' last hop replaced by each service's test server.</summary>
    private sealed class PortalFactory(InProcessPlatform platform) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Authentication:DevelopmentSigningKey", TestTokens.SigningKey);
            builder.ConfigureTestServices(services =>
            {
                var servers = new Dictionary<string, TestServer>
                {
                    [ResourceNames.Placements] = platform.Placements.Server,
                    [ResourceNames.Health] = platform.Health.Server,
                    [ResourceNames.VirtualSchool] = platform.VirtualSchool.Server,
                    [ResourceNames.LeavingCare] = platform.LeavingCare.Server,
                    [ResourceNames.Notifications] = platform.Notifications.Server,
                    [ResourceNames.Reporting] = platform.Reporting.Server,
                };
                foreach (var (service, server) in servers)
                {
                    services.AddHttpClient(service).ConfigurePrimaryHttpMessageHandler(server.CreateHandler);
                }
                foreach (var service in ServiceClients.FileReceivers)
                {
                    services.AddHttpClient(ServiceClients.FilesClient(service)).ConfigurePrimaryHttpMessageHandler(servers[service].CreateHandler);
                }
                services.AddGrpcClient<CorporateParenting.Health.V1.Health.HealthClient>()
                    .ConfigurePrimaryHttpMessageHandler(platform.Health.Server.CreateHandler);
            });
        }
    }
}
