using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;

namespace Portal.Web.Pages;

/// <summary>The home page: who is signed in and the areas their role opens.</summary>
public sealed class IndexModel : PageModel
{
    public string Name { get; private set; } = "";

    public IReadOnlyList<PortalAreas.Area> Areas { get; private set; } = [];

    public void OnGet()
    {
        Name = User.Identity?.Name ?? PlatformClaims.SubjectOf(User);
        Areas = [.. PortalAreas.For(User)];
    }
}
