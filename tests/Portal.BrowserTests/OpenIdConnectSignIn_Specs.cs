using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// Signing in as staff do outside a development machine (services/Portal/README.md): through the identity provider,
/// whose access token the services trust, so the health worklist is Health's answer to the nurse herself and its audit
/// names her as the provider knows her.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class OpenIdConnectSignIn_Specs(PortalBrowser portal)
{
    [Fact]
    public async Task A_nurse_signs_in_through_the_identity_provider_and_Health_answers_her_own_token()
    {
        var childId = await portal.EnterCareWithIhaAsync("Orla", "Provider", daysAgo: 50);
        var (address, withProvider) = portal.StartPortalWithOpenIdConnect();
        await using var _ = withProvider;
        var context = await portal.Browser.NewContextAsync(new() { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();

        await page.GotoAsync("/health-team");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Test identity provider");
        await page.GetByRole(AriaRole.Button, new() { Name = "Nina Nurse" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Health worklist");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Orla Provider" })).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByText("Nina Nurse (health)")).ToBeVisibleAsync();
        Assert.Contains("oidc-nina", await portal.HealthAuditSubjectsAsync("%Worklist%"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You have signed out");
        await page.AssertAccessibleAsync("signed-out");
        Assert.DoesNotContain(await context.CookiesAsync(), c => c.Name.StartsWith("portal-session", StringComparison.Ordinal));
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_development_sign_in_does_not_exist_beside_the_identity_provider()
    {
        var (address, withProvider) = portal.StartPortalWithOpenIdConnect();
        await using var _ = withProvider;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = address };
        using var posted = await client.PostAsync("/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "Mallory", ["role"] = "admin" }));
        Assert.True((int)posted.StatusCode is 400 or 404, $"POST /sign-in answered {(int)posted.StatusCode}");
        using var asked = await client.GetAsync("/sign-in");
        Assert.StartsWith(portal.IdentityProviderAuthority.ToString(), asked.Headers.Location?.ToString());
    }
}
