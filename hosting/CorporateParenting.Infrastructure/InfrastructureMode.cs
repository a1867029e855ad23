namespace CorporateParenting.Infrastructure;

public enum InfrastructureMode
{
    /// <summary>Environment variable CP_INFRASTRUCTURE=containers|local, otherwise containers only if a Docker engine answers.</summary>
    Auto,
    Containers,
    LocalServers,
}
