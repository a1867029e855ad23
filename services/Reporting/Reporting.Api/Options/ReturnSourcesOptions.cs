using CorporateParenting.ServiceDefaults;

namespace Reporting.Api.Options;

/// <summary>The <c>Reporting:Sources</c> section: where the services that own the return's tables and the Board's figures answer over gRPC.</summary>
public sealed class ReturnSourcesOptions
{
    public const string Section = "Reporting:Sources";

    /// <summary>By default found by service discovery (<c>services__placements__grpc__0</c>).</summary>
    public string PlacementsAddress { get; set; } = ResourceNames.GrpcAddress(ResourceNames.Placements).ToString();

    public string HealthAddress { get; set; } = ResourceNames.GrpcAddress(ResourceNames.Health).ToString();

    public string LeavingCareAddress { get; set; } = ResourceNames.GrpcAddress(ResourceNames.LeavingCare).ToString();

    public string VirtualSchoolAddress { get; set; } = ResourceNames.GrpcAddress(ResourceNames.VirtualSchool).ToString();

    public string NotificationsAddress { get; set; } = ResourceNames.GrpcAddress(ResourceNames.Notifications).ToString();
}
