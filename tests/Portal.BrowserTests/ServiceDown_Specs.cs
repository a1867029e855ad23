using CorporateParenting.ServiceDefaults;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// One service down, the rest working (services/Portal/README.md): the page that needs it says so plainly in place of
/// its section, and every other page carries on.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class ServiceDown_Specs(PortalBrowser portal)
{
    [Fact]
    public async Task When_Health_is_down_the_worklist_says_so_and_the_Board_scorecard_still_works()
    {
        var (address, withoutHealth) = portal.StartPortalWithout(ResourceNames.Health);
        await using var _ = withoutHealth;
        var context = await portal.Browser.NewContextAsync(new() { BaseURL = address.ToString() });
        var page = await context.NewPageAsync();
        await page.SignInAsync("Ada Admin", "Administrator");

        await page.OpenFromMenuAsync("Health worklist");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Health worklist");
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "Important" })).ToContainTextAsync("The health service is not answering just now. Try again in a few minutes.");
        await Assertions.Expect(page.GetByRole(AriaRole.Table)).ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("health-worklist-service-down");

        await page.OpenFromMenuAsync("Board scorecard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children looked after", Level = 2 })).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
