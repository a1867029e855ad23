using System.Net;
using System.Text;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// The Virtual School officer's journey (services/Portal/README.md): she uploads a school's attendance file for a child we
/// look after, sees the rows accepted and the row refused with its reason, then finds the unauthorised absence the file
/// raised on the worklist and resolves it; and the upload form names what is wrong with a file, the service's refusals included.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class VirtualSchool_Specs(PortalBrowser portal)
{
    private const string Urn = "654321";

    [Fact]
    public async Task An_officer_uploads_a_schools_marks_sees_the_refused_row_and_resolves_the_absence_it_raised()
    {
        var childId = await portal.EnterCareAsync("Tomas", "Feedwell", People.Today.AddDays(-100));
        var known = VirtualSchoolKnowsAsync(childId);
        var day = LastSchoolDay();
        var file = Encoding.UTF8.GetBytes($"""
            child_id,urn,date,session,code
            {childId},{Urn},{day:yyyy-MM-dd},AM,O
            {childId},{Urn},{day:yyyy-MM-dd},PM,/
            {childId},{Urn},{day:yyyy-MM-dd},XX,/

            """);

        var page = await portal.NewPageAsync();
        await page.SignInAsync("Vic Officer", "Virtual School officer");
        await page.OpenFromMenuAsync("Send attendance");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Send attendance marks");
        await page.AssertAccessibleAsync("attendance-upload");
        await known;

        await page.GetByLabel("Attendance file", new() { Exact = true }).SetInputFilesAsync(new FilePayload { Name = "ashgate.csv", MimeType = "text/csv", Buffer = file });
        // With JavaScript the file goes by XMLHttpRequest, so that its progress can be shown.
        var sent = await page.RunAndWaitForRequestAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Upload file" }).ClickAsync(),
            request => request.Method == "POST" && request.Url.EndsWith("/virtual-school/attendance/upload", StringComparison.Ordinal));
        Assert.Equal("xhr", sent.ResourceType);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Attendance file received");
        await Assertions.Expect(page.Locator(".govuk-panel__body")).ToHaveTextAsync("2 rows accepted, 1 refused");
        await Assertions.Expect(page.Locator(".govuk-summary-list")).ToContainTextAsync("ashgate.csv");
        var refused = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "must be AM or PM" });
        await Assertions.Expect(refused.GetByRole(AriaRole.Cell)).ToHaveTextAsync(["4", "session", "must be AM or PM."]);
        await page.AssertAccessibleAsync("attendance-file-report");

        await page.OpenFromMenuAsync("Virtual School worklist");
        await page.GetByLabel("Alert", new() { Exact = true }).SelectOptionAsync("unauthorised-absence");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tomas Feedwell" });
        await Assertions.Expect(alert).ToContainTextAsync("Unauthorised absence: O");
        await Assertions.Expect(alert).ToContainTextAsync($"{day:d MMM yyyy} AM");
        await Assertions.Expect(alert).ToContainTextAsync(Urn);
        await Assertions.Expect(page.Locator(".portal-tile").Filter(new() { HasText = "Unauthorised absence" }).Locator(".govuk-heading-l")).Not.ToHaveTextAsync("0");
        await page.AssertAccessibleAsync("virtual-school-worklist");

        // Resolving asks what was done.
        await alert.GetByText("Resolve the unauthorised absence alert of Tomas Feedwell").ClickAsync();
        await alert.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(page.Locator(".govuk-error-summary")).ToContainTextAsync("Enter what was done about the alert");

        await alert.GetByLabel("What was done").FillAsync("Rang the carer: Tomas was ill; the school will record it as I.");
        await alert.GetByRole(AriaRole.Button, new() { Name = "Resolve" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Success" })).ToContainTextAsync("Unauthorised absence alert resolved.");
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Tomas Feedwell" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByLabel("Alert", new() { Exact = true })).ToHaveValueAsync("unauthorised-absence");
    }

    [Fact]
    public async Task The_upload_form_names_the_file_field_for_a_missing_file_a_wrong_type_and_the_services_refusal()
    {
        var page = await portal.NewPageAsync();
        await page.SignInAsync("Vic Officer", "Virtual School officer");
        await page.GotoAsync("/virtual-school/attendance/upload");
        var fileField = page.GetByLabel("Attendance file", new() { Exact = true });
        var upload = page.GetByRole(AriaRole.Button, new() { Name = "Upload file" });
        var summaryLink = page.Locator(".govuk-error-summary a[href='#attendance-file']");

        await upload.ClickAsync();
        await Assertions.Expect(summaryLink).ToHaveTextAsync("Select a CSV file of attendance marks");
        await Assertions.Expect(page.Locator("#attendance-file-error")).ToContainTextAsync("Select a CSV file of attendance marks");
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Error: "));
        await page.AssertAccessibleAsync("attendance-upload-error");

        await fileField.SetInputFilesAsync(new FilePayload { Name = "marks.xlsx", MimeType = "application/octet-stream", Buffer = [1, 2, 3] });
        await upload.ClickAsync();
        await Assertions.Expect(summaryLink).ToHaveTextAsync("The selected file must be a CSV");

        // The feed refuses a file whose first row is not a header, naming the columns it needs.
        await fileField.SetInputFilesAsync(new FilePayload
        {
            Name = "no-header.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes($"{Guid.NewGuid()},{Urn},{LastSchoolDay():yyyy-MM-dd},AM,/\n"),
        });
        await upload.ClickAsync();
        await Assertions.Expect(summaryLink).ToContainTextAsync("The file has no upn or child_id, urn, date, session, code column");
        await Assertions.Expect(page.Locator(":focus")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("govuk-error-summary"));
    }

    /// <summary>The latest school day of the test term (PortalBrowser's), not after today: a weekday that is not a bank holiday.</summary>
    private static DateOnly LastSchoolDay()
    {
        var day = People.UtcToday;
        while (!WorkingDayCalendar.EnglandAndWales.IsWorkingDay(day))
        {
            day = day.AddDays(-1);
        }
        return day;
    }

    /// <summary>The Virtual School learns a child from Placements' event; a file naming the child before then is refused.</summary>
    private async Task VirtualSchoolKnowsAsync(string childId)
    {
        using var staff = portal.Platform.VirtualSchool.CreateClient(TestTokens.For(Roles.VirtualSchool));
        await Eventually.ReturnsAsync(async () => (await staff.GetAsync($"/api/virtual-school/pupils/{childId}")).StatusCode,
            status => status == HttpStatusCode.OK, "the Virtual School to know the child");
    }
}
