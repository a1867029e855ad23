using System.Security.Claims;
using CorporateParenting.ServiceDefaults.Security;

namespace Portal.Web.Pages.Shared;

/// <summary>The Portal's areas: where each is, what it offers, and the roles its service lets in (the same as its page policy).</summary>
public static class PortalAreas
{
    /// <param name="Section">The path its pages are under, when wider than <paramref name="Path"/> (an upload's reports beside its form).</param>
    public sealed record Area(string Name, string Path, string Offers, IReadOnlyList<string> Roles, string? Section = null)
    {
        public string Under => Section ?? Path;
    }

    public static readonly IReadOnlyList<Area> All =
    [
        new("Health worklist", "/health-team", "IHAs and reviews due and overdue, checks, children placed here: record what happened", [Roles.Health, Roles.Admin]),
        new("Leaving care worklist", "/leaving-care", "Duties due (advisers to allocate, needs assessments, pathway plan reviews) and birthdays with no contact: allocate, record a contact",
            [Roles.LeavingCare, Roles.Admin]),
        new("Notifications worklist", "/notifications",
            "Notices to other authorities due and not yet sent or acknowledged, notices received late, failed deliveries: send and send again",
            [Roles.Notifications, Roles.Admin]),
        new("Your placement notices", "/partner/notifications",
            "Tell us about a child your authority has placed in our area, change a notice, or tell us the placement has ended", [Roles.Partner]),
        new("Virtual School worklist", "/virtual-school", "Attendance alerts, schools missing marks, PEPs due, overdue and returned: resolve each",
            [Roles.VirtualSchool, Roles.Admin]),
        // A school signs in with its URN, which the attendance policy also asks for.
        new("Send attendance", "/virtual-school/attendance/upload", "Upload a file of attendance marks and see the rows accepted and refused",
            [Roles.VirtualSchool, Roles.School], "/virtual-school/attendance"),
        new("Board scorecard", "/board", "The Corporate Parenting Board's scorecard: figures against targets, trends, CSV",
            [Roles.Board, Roles.Performance, .. Roles.Staff]),
    ];

    public static IEnumerable<Area> For(ClaimsPrincipal person) => All.Where(a => a.Roles.Any(person.IsInRole));

    /// <summary>The area a page is in: the one whose pages' path is the longest that holds it.</summary>
    public static Area? Current(ClaimsPrincipal person, PathString path) =>
        For(person).Where(a => path.StartsWithSegments(a.Under)).MaxBy(a => a.Under.Length);
}
