using Microsoft.Playwright;

namespace Portal.BrowserTests;

/// <summary>
/// Signing in as a person does it (services/Portal/README.md): the development sign-in, its per-field errors with the GOV.UK
/// error summary and what was typed kept, the home page for the role, the keyboard alone, and axe on every page.
/// </summary>
[Collection(PortalBrowserCollection.Name)]
public sealed class SignIn_Specs(PortalBrowser browser)
{
    [Fact]
    public async Task A_nurse_signs_in_and_sees_what_her_role_lets_her_do()
    {
        var page = await browser.NewPageAsync();

        await page.GotoAsync("/");
        Assert.EndsWith("/sign-in?ReturnUrl=%2F", page.Url);
        await page.AssertAccessibleAsync("sign-in");
        await page.GetByLabel("Your name").FillAsync("Nina Nurse");
        await page.GetByLabel("Health nurse").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Corporate Parenting Platform");
        await Assertions.Expect(page.GetByText("Signed in as Nina Nurse.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Link, new() { Name = "Health worklist" })).ToBeVisibleAsync();
        await page.AssertAccessibleAsync("home-health");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/sign-in$"));
        await page.GotoAsync("/");
        Assert.Contains("/sign-in", page.Url);
    }

    [Fact]
    public async Task A_form_with_mistakes_names_each_field_and_keeps_what_was_typed()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await page.GetByLabel("Partner authority", new() { Exact = false }).First.CheckAsync();
        await page.GetByLabel("Partner authority (ONS code", new() { Exact = false }).FillAsync("not a code");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var summary = page.Locator(".govuk-error-summary");
        await Assertions.Expect(summary).ToBeFocusedAsync(); // GOV.UK Frontend's script runs under the CSP
        await Assertions.Expect(summary.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Enter your name, in 100 characters or fewer", "Enter the partner authority's ONS code, like E06000015"]);
        await Assertions.Expect(page).ToHaveTitleAsync("Error: Sign in – Corporate Parenting");
        await Assertions.Expect(page.GetByLabel("Partner authority (ONS code", new() { Exact = false })).ToHaveValueAsync("NOT A CODE");
        await page.AssertAccessibleAsync("sign-in-errors");

        await summary.GetByRole(AriaRole.Link, new() { Name = "Enter your name, in 100 characters or fewer" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Your name")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task The_keyboard_alone_skips_to_the_content_and_signs_in()
    {
        var page = await browser.NewPageAsync();
        await page.GotoAsync("/sign-in");

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Skip to main content" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main-content")).ToBeFocusedAsync();

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Your name")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Bea Board");
        await page.Keyboard.PressAsync("Tab"); // into the radios, on the first
        await Assertions.Expect(page.GetByLabel("Health nurse")).ToBeFocusedAsync();
        for (var i = 0; i < 6; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
        await Assertions.Expect(page.GetByLabel("Corporate Parenting Board member")).ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByText("Signed in as Bea Board.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("The Corporate Parenting Board's scorecard")).ToBeVisibleAsync();
    }
}
