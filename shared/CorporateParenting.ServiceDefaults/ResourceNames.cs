namespace CorporateParenting.ServiceDefaults;

/// <summary>
/// Names of the platform's resources, shared by the AppHost, the services and the tests so they cannot drift.
/// A service reads them only through <c>GetConnectionString(name)</c> or service-discovery URIs.
/// </summary>
public static class ResourceNames
{
    public const string Postgres = "postgres";
    public const string Messaging = "messaging";

    /// <summary>The SMTP server notices go out through; locally smtp4dev, whose web view shows every email sent.</summary>
    public const string Mail = "mail";

    public const string Placements = "placements";
    public const string VirtualSchool = "virtualschool";
    public const string Health = "health";
    public const string LeavingCare = "leavingcare";
    public const string Notifications = "notifications";

    /// <summary>The SSDA903 return assembled from the tables the other services own, for the performance team.</summary>
    public const string Reporting = "reporting";
    public const string Portal = "portal";

    /// <summary>The AppHost's one-off resource that loads the synthetic demo cohort through Placements' gRPC API.</summary>
    public const string DemoData = "demo-data";

    public const string PlacementsDb = "placementsdb";
    public const string VirtualSchoolDb = "virtualschooldb";
    public const string HealthDb = "healthdb";
    public const string LeavingCareDb = "leavingcaredb";
    public const string NotificationsDb = "notificationsdb";
    public const string ReportingDb = "reportingdb";

    /// <summary>The REST/OpenAPI/health endpoint (HTTP/1.1) and the gRPC endpoint (HTTP/2 cleartext) of every service.</summary>
    public const string HttpEndpoint = "http";
    public const string GrpcEndpoint = "grpc";

    /// <summary>Service-discovery address of a service's gRPC endpoint, e.g. <c>http://_grpc.placements</c>.</summary>
    public static Uri GrpcAddress(string service) => new($"http://_{GrpcEndpoint}.{service}");

    /// <summary>Service-discovery address of a service's HTTP endpoint, e.g. <c>http://placements</c>.</summary>
    public static Uri HttpAddress(string service) => new($"http://{service}");
}
