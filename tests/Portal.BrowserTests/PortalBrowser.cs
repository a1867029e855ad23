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
    private readonly TestIdentityProvider _identityProvider = new();
    private PortalFactory? _portal;
    private IPlaywright? _playwright;

    public InProcessPlatform Platform { get; private set; } = null!;

    public IRunningInfrastructure Infrastructure => _infrastructure.Infrastructure;

    public Uri IdentityProviderAuthority => _identityProvider.Authority;

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
        await _identityProvider.StartAsync();
        // Every service trusts the test identity provider as well as development tokens, as they would the council's.
        Platform = await InProcessPlatform.StartAsync(_infrastructure, virtualSchoolSettings: VirtualSchoolTerm, notificationsSettings: new Dictionary<string, string?>
        {
            // A notice that cannot be delivered is dead after its first attempt, within a moment, so the worklist's failed
            // deliveries can be seen and sent again in a browser test (no mail server: the partners here use webhooks).
            ["Notifications:Delivery:Interval"] = "00:00:00.200",
            ["Notifications:Delivery:MaxAttempts"] = "1",
            ["Notifications:Delivery:Timeout"] = "00:00:02",
        }, everyService: new Dictionary<string, string?>
        {
            ["Authentication:Authority"] = _identityProvider.Authority.ToString(),
            ["Authentication:Audience"] = TestIdentityProvider.Audience,
            ["Authentication:RequireHttpsMetadata"] = "false",
        });
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
        await _identityProvider.DisposeAsync();
    }

    private static string? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path) ? path : null;
    }

    /// <summary>
    /// A Portal that signs people in through <see cref="TestIdentityProvider"/> (OpenID Connect, code flow with PKCE), as
    /// outside a development machine, in front of the same platform.
    /// </summary>
    public (Uri Address, IAsyncDisposable Portal) StartPortalWithOpenIdConnect()
    {
        var portal = new PortalFactory(Platform, openIdConnect: _identityProvider.Authority);
        portal.UseKestrel(0);
        portal.StartServer();
        var address = new Uri(portal.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        _identityProvider.AllowRedirectTo(address);
        return (address, portal);
    }

    /// <summary>
    /// A second Portal on a port of its own, in front of the same platform but with <paramref name="down"/> not answering
    /// (every connection refused), to show what a person sees when a service is down.
    /// </summary>
    public (Uri Address, IAsyncDisposable Portal) StartPortalWithout(params string[] down)
    {
        var portal = new PortalFactory(Platform, down);
        portal.UseKestrel(0);
        portal.StartServer();
        return (new Uri(portal.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority)), portal);
    }

    /// <summary>The Portal as the AppHost runs it, its service clients' last hop replaced by each service's test server, or by a refused connection.</summary>
    private sealed class PortalFactory(InProcessPlatform platform, IReadOnlyCollection<string>? down = null, Uri? openIdConnect = null)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Authentication:DevelopmentSigningKey", TestTokens.SigningKey);
            if (openIdConnect is not null)
            {
                builder.UseSetting("Portal:OpenIdConnect:Authority", openIdConnect.ToString());
                builder.UseSetting("Portal:OpenIdConnect:ClientId", TestIdentityProvider.ClientId);
                builder.UseSetting("Portal:OpenIdConnect:RequireHttpsMetadata", "false");
            }
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
                HttpMessageHandler LastHop(string service) =>
                    down?.Contains(service) == true ? new ConnectionRefused() : servers[service].CreateHandler();
                foreach (var service in servers.Keys)
                {
                    services.AddHttpClient(service).ConfigurePrimaryHttpMessageHandler(() => LastHop(service));
                }
                foreach (var service in ServiceClients.FileReceivers)
                {
                    services.AddHttpClient(ServiceClients.FilesClient(service)).ConfigurePrimaryHttpMessageHandler(servers[service].CreateHandler);
                }
                services.AddGrpcClient<CorporateParenting.Health.V1.Health.HealthClient>()
                    .ConfigurePrimaryHttpMessageHandler(() => LastHop(ResourceNames.Health));
            });
        }
    }

    /// <summary>What a client meets when a service's process is gone.</summary>
    private sealed class ConnectionRefused : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (test: the service is down)");
    }
}
