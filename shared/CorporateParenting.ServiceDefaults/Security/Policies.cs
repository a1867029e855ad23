namespace CorporateParenting.ServiceDefaults.Security;

/// <summary>
/// The one place that names who may do what. Every endpoint and gRPC method names one of these; an endpoint
/// that names none is refused by the fallback policy, and a test fails the build.
/// </summary>
public static class Policies
{
    /// <summary>Commands from the case-management system.</summary>
    public const string CaseSystem = "case-system";

    /// <summary>Reading the register of children we look after: the case system and staff teams.</summary>
    public const string ReadChildRegister = "read-child-register";

    /// <summary>Health records: the health team only, and admin for audit.</summary>
    public const string ReadHealthRecords = "read-health-records";

    /// <summary>Recording health assessments: the health team only.</summary>
    public const string WriteHealthRecords = "write-health-records";

    /// <summary>The Virtual School's pupils, schools and enrolments: its staff, and admin for audit.</summary>
    public const string ReadVirtualSchool = "read-virtual-school";

    /// <summary>Recording schools and enrolments: the Virtual School's staff only.</summary>
    public const string WriteVirtualSchool = "write-virtual-school";

    /// <summary>
    /// Reading PEPs: the Virtual School's staff and admin see every one; a school whose token names its URN sees only
    /// those of pupils on its roll today (the service enforces the URN).
    /// </summary>
    public const string ReadPeps = "read-peps";

    /// <summary>Editing and submitting PEPs: the Virtual School's staff, or a school for its own pupils only.</summary>
    public const string WritePeps = "write-peps";

    /// <summary>Young people's leaving care records: the leaving care team, and admin for audit.</summary>
    public const string ReadLeavingCare = "read-leaving-care";

    /// <summary>Recording what the leaving care team decides (a determination, an allocation, a plan): the team only.</summary>
    public const string WriteLeavingCare = "write-leaving-care";

    /// <summary>A young person's care leaver status over leavingcare.v1: the team, admin, and the platform's other services.</summary>
    public const string ReadCareLeaver = "read-care-leaver";

    /// <summary>
    /// The year's OC3 rows over leavingcare.v1 (the care leaver table of the SSDA903): whoever may read care leavers, and the
    /// performance team, who produce the return; nothing else of a young person's record is open to performance.
    /// </summary>
    public const string ReadOc3Rows = "read-oc3-rows";

    /// <summary>One pupil over virtualschool.v1: the Virtual School's staff tools, admin, and the platform's other services.</summary>
    public const string ReadPupil = "read-pupil";

    /// <summary>Aggregate figures with no individual record: the board, the performance team who prepare its papers, and every staff team.</summary>
    public const string ReadAggregates = "read-aggregates";

    /// <summary>The statutory returns' child-level rows (the SSDA903 tables): the performance team only, not the board.</summary>
    public const string ProduceReturns = "produce-returns";

    /// <summary>A partner authority acting on what it sent us; its authority code scopes every query.</summary>
    public const string Partner = "partner";

    /// <summary>Staff handling out-of-area notifications.</summary>
    public const string ManageNotifications = "manage-notifications";

    /// <summary>
    /// Sending attendance marks: Virtual School staff (a provider's batch), or a school whose token names its URN, which
    /// may send rows for that URN only.
    /// </summary>
    public const string SendAttendance = "send-attendance";

    /// <summary>Audit trail verification and access reports; read-model rebuilds.</summary>
    public const string Admin = "admin";

    /// <summary>
    /// Another service of the platform reading the whole register's care histories to build its own copy; no person,
    /// not even an admin, reads the register in bulk.
    /// </summary>
    public const string ServiceRead = "service-read";

    /// <summary>Any authenticated caller acting under a platform role (e.g. the platform status, gRPC reflection).</summary>
    public const string AnyPlatformRole = "any-platform-role";

    /// <summary>The Portal's pages: a person signed in to it (a cookie session) under any platform role.</summary>
    public const string PortalSignedIn = "portal-signed-in";

    /// <summary>Applied to any endpoint that names no policy: nobody passes it.</summary>
    public const string DenyUnnamed = "deny-unnamed";
}
