using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The Board member's dashboard (services/Portal/README.md): the scorecard as tiles, the trends as charts each with its
/// table, the CSV, and no child's name anywhere, on the page or in the file.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class BoardDashboard_Specs(PortalBrowser portal)
{
    [Fact]
    public async Task A_Board_member_sees_the_scorecard_with_its_trends_and_downloads_it_and_no_child_is_named()
    {
        await portal.EnterCareAsync("Bryony", "Boardwatch", People.Today.AddDays(-400));
        await portal.EnterCareAsync("Cedric", "Boardwatch", People.Today.AddDays(-30));
        var page = await portal.NewPageAsync();
        await page.SignInAsync("Bea Board", "Corporate Parenting Board member");

        await page.OpenFromMenuAsync("Board scorecard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Corporate Parenting Board scorecard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Children looked after", Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".portal-tile").First).ToBeVisibleAsync();
        var charts = page.Locator("figure.portal-chart");
        Assert.True(await charts.CountAsync() > 0, "the trends are drawn");
        await Assertions.Expect(charts.First.Locator("svg[role=img]")).ToHaveAttributeAsync("aria-labelledby", new System.Text.RegularExpressions.Regex("-title"));
        await charts.First.Locator("summary").ClickAsync();
        await Assertions.Expect(charts.First.Locator("table tbody tr").First).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("board-scorecard");

        var download = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByRole(AriaRole.Link, new() { Name = "Download the figures and their trends (CSV)" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        Assert.StartsWith("ROW,SECTION,MEASURE,AS_AT,VALUE", csv);
        Assert.Contains("figure,Children looked after,Children looked after,", csv);
        Assert.Contains("\ntrend,", csv);

        var html = await page.ContentAsync();
        foreach (var child in await portal.ChildrenAsync())
        {
            Assert.DoesNotContain(child.FamilyName, html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(child.FamilyName, csv, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task A_date_that_is_not_real_is_named_and_kept()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("Bea Board", "Corporate Parenting Board member");
        await page.GotoAsync("/board?as-at-day=30&as-at-month=2&as-at-year=2026");
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("The date the figures are as at must be a real date");
        await Assertions.Expect(page.GetByLabel("Day")).ToHaveValueAsync("30");
        await page.AssertAccessibleAsync("board-scorecard-error");
    }
}
