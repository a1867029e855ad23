using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The child's page (services/Portal/README.md): one timeline of what every service knows, each section shown only to
/// the roles its service lets see it.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class ChildPage_Specs(PortalBrowser portal)
{
    [Fact]
    public async Task An_administrator_sees_every_section_a_nurse_only_care_and_health_and_the_Board_not_the_page()
    {
        var childId = await portal.EnterCareWithIhaAsync("Tess", "Timeline", daysAgo: 45);

        var admin = await portal.NewPageAsync();
        await admin.SignInAsync("Ada Admin", "Administrator");
        await admin.GotoAsync($"/children/{childId}");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Tess Timeline");
        await Assertions.Expect(admin.Locator(".govuk-summary-list")).ToContainTextAsync("Full care order (C2)");
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "Health", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Heading, new() { Name = "School and attendance", Level = 2 })).ToBeVisibleAsync();
        var timeline = admin.Locator(".moj-timeline");
        await Assertions.Expect(timeline).ToContainTextAsync("Became looked after");
        await Assertions.Expect(timeline).ToContainTextAsync("Initial health assessment due");
        await admin.AssertAccessibleAsync("child-page-admin");

        var nurse = await portal.NewPageAsync();
        await nurse.SignInAsync("Nina Nurse", "Health nurse");
        await nurse.GotoAsync($"/children/{childId}");
        await Assertions.Expect(nurse.GetByRole(AriaRole.Heading, new() { Name = "Health", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(nurse.GetByRole(AriaRole.Heading, new() { Name = "School and attendance", Level = 2 })).ToHaveCountAsync(0);
        await Assertions.Expect(nurse.GetByRole(AriaRole.Heading, new() { Name = "Leaving care", Level = 2 })).ToHaveCountAsync(0);
        await Assertions.Expect(nurse.Locator(".moj-timeline")).ToContainTextAsync("Became looked after");

        var board = await portal.NewPageAsync();
        await board.SignInAsync("Bea Board", "Corporate Parenting Board member");
        await board.GotoAsync($"/children/{childId}");
        await Assertions.Expect(board.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot see this page");
        Assert.DoesNotContain("Timeline", await board.ContentAsync());
    }
}
