using CorporateParenting.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

[CollectionDefinition(Name)]
public sealed class PortalBrowserCollection : ICollectionFixture<PortalBrowser>
{
    public const string Name = "Portal in a browser";
}

/// <summary>
/// The Portal on a real port (Kestrel, Development, a development signing key) and Debian's Chromium driven by
/// Playwright, headless, one browser for the collection. Chromium is found at <c>PORTAL_CHROMIUM</c> or
/// <c>/usr/bin/chromium</c>, and installed from Debian's package when missing and we are root; Playwright's own browser
/// download is never used. Screenshots go to <c>artifacts/screenshots</c> beside the test assembly.
/// </summary>
public sealed class PortalBrowser : IAsyncLifetime
{
    public const string DevelopmentSigningKey = "portal-browser-tests-signing-key-0123456789";

    private readonly PortalFactory _portal = new();
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        var chromium = await PrerequisiteInstaller.EnsureAsync("Chromium", Locate, "chromium", NullLogger.Instance, CancellationToken.None);
        _portal.UseKestrel(0);
        _portal.StartServer();
        Address = new Uri(_portal.ClientOptions.BaseAddress.GetLeftPart(UriPartial.Authority));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = chromium,
            Headless = true,
            // Nothing but the Portal: no lookups of Google's update and autofill hosts.
            Args = ["--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost"],
        });
        Directory.CreateDirectory(Screenshots);
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new() { BaseURL = Address.ToString() });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await _portal.DisposeAsync();
    }

    private static string? Locate()
    {
        var path = Environment.GetEnvironmentVariable("PORTAL_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        return File.Exists(path) ? path : null;
    }

    private sealed class PortalFactory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Authentication:DevelopmentSigningKey", DevelopmentSigningKey);
        }
    }
}
