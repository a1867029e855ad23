namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>Every role a caller of the platform can act under (the <c>role</c> claims of its token).</summary>
public static class Roles
{
    /// <summary>Machine clients of the case-management system.</summary>
    public const string CaseSystem = "case-system";
    public const string Placements = "placements";
    public const string VirtualSchool = "virtual-school";
    public const string Health = "health";
    public const string LeavingCare = "leaving-care";
    public const string Notifications = "notifications";

    /// <summary>The Corporate Parenting Board: aggregate figures only, never an individual record.</summary>
    public const string Board = "board";

    public const string Admin = "admin";

    /// <summary>
    /// The performance and data team, who produce the statutory returns (the SSDA903): the return's child-level rows, never
    /// a case record.
    /// </summary>
    public const string Performance = "performance";

    /// <summary>Another local authority; its token also carries its ONS code in <see cref="PlatformClaims.Authority"/>.</summary>
    public const string Partner = "partner";

    /// <summary>
    /// One of the platform's own services calling another on its own account (machine to machine, e.g. Health reading
    /// Placements' care histories to rebuild its copy); the token's subject names the calling service. Never a person.
    /// </summary>
    public const string Service = "service";

    /// <summary>
    /// A school (its designated teacher or its MIS) acting for one school only: its token carries the school's URN in
    /// <see cref="PlatformClaims.Urn"/>, and it may send attendance marks for that URN alone.
    /// </summary>
    public const string School = "school";

    public static readonly IReadOnlyList<string> All =
        [CaseSystem, Placements, VirtualSchool, Health, LeavingCare, Notifications, Board, Admin, Partner, Service, School, Performance];

    /// <summary>Our own staff teams, who may read the register of children we look after.</summary>
    public static readonly IReadOnlyList<string> Staff = [Placements, VirtualSchool, Health, LeavingCare, Notifications, Admin];
}
