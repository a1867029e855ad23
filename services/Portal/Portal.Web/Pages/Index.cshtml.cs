using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Portal.Web.Pages;

/// <summary>The home page: who is signed in and what their role lets them do here.</summary>
public sealed class IndexModel : PageModel
{
    private static readonly Dictionary<string, string> AreaOf = new(StringComparer.Ordinal)
    {
        [Roles.Health] = "Health: IHAs and reviews due and overdue, SDQs, children placed here",
        [Roles.VirtualSchool] = "Virtual School: attendance alerts, missing marks, PEPs, Pupil Premium Plus",
        [Roles.School] = "Your school's looked-after pupils and their PEPs",
        [Roles.LeavingCare] = "Leaving care: allocations, assessments, pathway plan reviews, contacts",
        [Roles.Notifications] = "Notifications: notices to send, late notices received, dead letters",
        [Roles.Partner] = "Your authority's notifications of children placed in our area",
        [Roles.Board] = "The Corporate Parenting Board's scorecard",
        [Roles.Performance] = "The SSDA903 return and the Board's scorecard",
        [Roles.Placements] = "Children's records and placements",
        [Roles.Admin] = "Every team's pages, read only",
    };

    public string Name { get; private set; } = "";

    public IReadOnlyList<string> Areas { get; private set; } = [];

    public void OnGet()
    {
        Name = User.Identity?.Name ?? PlatformClaims.SubjectOf(User);
        Areas = [.. User.FindAll(PlatformClaims.Role).Select(r => AreaOf.GetValueOrDefault(r.Value)).OfType<string>()];
    }
}
