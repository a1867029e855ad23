using CorporateParenting.AppHost.Model;
using CorporateParenting.Infrastructure;

namespace CorporateParenting.AppHost.Orchestration;

public sealed class RunningConnections(IRunningInfrastructure infrastructure) : IConnectionInfo
{
    public string Database(string name) => infrastructure.ConnectionStringFor(name);

    public Uri Broker => infrastructure.RabbitMqUri;
}
