using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The nurse's journey (services/Portal/README.md): she signs in, finds an overdue IHA on the health worklist, records it
/// (a mistake of hers and a refusal of the health service's on the way, neither losing what she typed) and sees it leave
/// the list; the health service's audit names her, not the Portal.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class HealthWorklist_Specs(PortalBrowser portal)
{
    [Fact]
    public async Task A_nurse_finds_an_overdue_IHA_records_it_and_sees_it_leave_the_worklist()
    {
        var childId = await portal.EnterCareWithIhaAsync("Ivy", "Overdue", daysAgo: 60);

        var page = await portal.NewPageAsync();
        await page.SignInAsync("Nina Nurse", "Health nurse");
        await page.OpenFromMenuAsync("Health worklist");
        await page.GetByLabel("Overdue only").CheckAsync();
        await page.GetByLabel("Assessment").SelectOptionAsync("INITIAL");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ivy Overdue" });
        await Assertions.Expect(row).ToContainTextAsync("Initial health assessment");
        await Assertions.Expect(row).ToContainTextAsync("Overdue by");
        await page.AssertAccessibleAsync("health-worklist");

        await row.GetByRole(AriaRole.Link, new() { Name = "Record the initial health assessment of Ivy Overdue" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Record the initial health assessment");
        await page.AssertAccessibleAsync("health-record");

        // Her mistake: completed, with no clinician named.
        await page.GetByLabel("Completed", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Clinician's role").SelectOptionAsync("NURSE");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter the name of the clinician who did it");
        await Assertions.Expect(page.GetByLabel("Completed", new() { Exact = true })).ToBeCheckedAsync();
        await page.AssertAccessibleAsync("health-record-errors");

        // The service's refusal: an IHA is a doctor's. What she typed is still there.
        await page.GetByLabel("Clinician (booked or completed)").FillAsync("Ada Jones");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("doctor", new() { IgnoreCase = true });
        await Assertions.Expect(page.GetByLabel("Clinician (booked or completed)")).ToHaveValueAsync("Ada Jones");
        await Assertions.Expect(page.GetByLabel("Clinician's role")).ToHaveValueAsync("NURSE");

        await page.GetByLabel("Clinician's role").SelectOptionAsync("DOCTOR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" }))
            .ToContainTextAsync("Initial health assessment for Ivy Overdue recorded as completed.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ivy Overdue" }).Filter(new() { HasText = "Initial health assessment" }))
            .ToHaveCountAsync(0);
        await page.AssertAccessibleAsync("health-worklist-recorded");

        Assert.Contains("dev:Nina Nurse", await portal.HealthAuditSubjectsAsync(childId: childId));
        Assert.DoesNotContain(await portal.HealthAuditSubjectsAsync(childId: childId), s => s.Contains("portal", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task The_Board_cannot_open_the_health_worklist()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("Bea Board", "Corporate Parenting Board member");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Health worklist" })).ToHaveCountAsync(0);
        await page.GotoAsync("/health-team");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You cannot see this page");
    }
}
