using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Grpc.Core;
using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>What the specs do the same way: sign in through the development sign-in, and put a child into care as the case system does.</summary>
public static class People
{
    /// <summary>Our authority's ONS code (the services' <c>Authority:Code</c>).</summary>
    public const string Ours = "E06000015";

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.Now);

    /// <summary>Today as the Virtual School counts days (UTC): a mark after it is refused.</summary>
    public static DateOnly UtcToday => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>Signs in under <paramref name="role"/> (its label on the sign-in page), for a partner with its ONS code <paramref name="authority"/>.</summary>
    public static async Task SignInAsync(this IPage page, string name, string role, string? authority = null)
    {
        await page.GotoAsync("/sign-in");
        await page.GetByLabel("Your name").FillAsync(name);
        await page.GetByLabel(role, new() { Exact = true }).CheckAsync();
        if (authority is not null)
        {
            await page.GetByLabel("Partner authority (ONS code", new() { Exact = false }).FillAsync(authority);
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Signed in as {name}.")).ToBeVisibleAsync();
    }

    /// <summary>Types <paramref name="date"/> into the GOV.UK date input whose legend is <paramref name="legend"/>.</summary>
    public static async Task FillDateAsync(this IPage page, string legend, DateOnly date)
    {
        var group = page.GetByRole(AriaRole.Group, new() { Name = legend, Exact = true });
        await group.GetByLabel("Day").FillAsync($"{date.Day}");
        await group.GetByLabel("Month").FillAsync($"{date.Month}");
        await group.GetByLabel("Year").FillAsync($"{date.Year}");
    }

    /// <summary>Opens an area from the menu in the page's header.</summary>
    public static Task OpenFromMenuAsync(this IPage page, string area) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = area }).ClickAsync();

    /// <summary>
    /// A child entering our care on <paramref name="on"/>, fostered in our area or, with another <paramref name="placedIn"/>,
    /// in that authority's area by an independent agency (which opens a notice to that authority), as the case system records it.
    /// </summary>
    public static async Task<string> EnterCareAsync(
        this PortalBrowser portal, string givenName, string familyName, DateOnly on, string dateOfBirth = "2015-06-01", string placedIn = Ours)
    {
        var reference = $"BT-{givenName}-{familyName}";
        var entered = await portal.Placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = $"enter-{reference}", CaseReference = reference, GivenName = givenName, FamilyName = familyName,
            DateOfBirth = dateOfBirth, Sex = "F", EnteredCareOn = on.ToString("yyyy-MM-dd"), LegalStatus = "C2", CategoryOfNeed = "N1",
            PlacementType = "U6", PlacementProvider = placedIn == Ours ? "PR1" : "PR4", ProviderUrn = "SC000001", PlacementPostcode = "DE22 3BB", PlacementAuthorityCode = placedIn,
        }, TestTokens.GrpcAs(Roles.CaseSystem));
        return entered.ChildId;
    }

    /// <summary>A child entering care <paramref name="daysAgo"/> days ago, once Health has opened their IHA (learnt from Placements' event).</summary>
    public static async Task<string> EnterCareWithIhaAsync(this PortalBrowser portal, string givenName, string familyName, int daysAgo)
    {
        var childId = await portal.EnterCareAsync(givenName, familyName, Today.AddDays(-daysAgo));
        var health = new CorporateParenting.Health.V1.Health.HealthClient(portal.Platform.Health.CreateGrpcChannel());
        await Eventually.ReturnsAsync(
            async () => await health.ListWorklistAsync(new CorporateParenting.Health.V1.ListWorklistRequest { Kind = "INITIAL" }, TestTokens.GrpcAs(Roles.Health)),
            w => w.Items.Any(i => i.Assessment.ChildId == childId), $"Health to open {givenName}'s IHA");
        return childId;
    }

    /// <summary>Who Health's audit trail says did <paramref name="action"/> (a LIKE pattern), and to <paramref name="childId"/> when given.</summary>
    public static async Task<IReadOnlyList<string>> HealthAuditSubjectsAsync(this PortalBrowser portal, string action = "%", string? childId = null)
    {
        await using var connection = new Npgsql.NpgsqlConnection(portal.Infrastructure.ConnectionStringFor(CorporateParenting.ServiceDefaults.ResourceNames.HealthDb));
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT DISTINCT subject FROM audit_records WHERE action LIKE @action AND (@child::uuid IS NULL OR child_id = @child::uuid)", connection);
        command.Parameters.AddWithValue("action", action);
        command.Parameters.AddWithValue("child", (object?)(childId is null ? null : Guid.Parse(childId)) ?? DBNull.Value);
        var subjects = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            subjects.Add(reader.GetString(0));
        }
        return subjects;
    }

    /// <summary>Every child on Placements' register today, as the case system reads it.</summary>
    public static async Task<IReadOnlyList<ChildSummary>> ChildrenAsync(this PortalBrowser portal)
    {
        using var call = portal.Placements.ListChildren(new ListChildrenRequest(), TestTokens.GrpcAs(Roles.CaseSystem));
        var children = new List<ChildSummary>();
        await foreach (var child in call.ResponseStream.ReadAllAsync())
        {
            children.Add(child);
        }
        return children;
    }
}
