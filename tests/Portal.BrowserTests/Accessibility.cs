using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>What every page is held to: axe-core finds nothing serious or critical, and a screenshot is kept for review.</summary>
public static class Accessibility
{
    public static async Task AssertAccessibleAsync(this IPage page, string screenshot)
    {
        await page.ScreenshotAsync(new() { Path = Path.Combine(PortalBrowser.Screenshots, $"{screenshot}.png"), FullPage = true });
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))})").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: {string.Join("; ", serious)}");
    }
}
