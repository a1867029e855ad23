using CorporateParenting.AppHost.Model;
using CorporateParenting.Infrastructure;

namespace CorporateParenting.AppHost.Orchestration;

public sealed class RunningConnections(IRunningInfrastructure infrastructure, string developmentSigningKey) : IConnectionInfo
{
    public string Database(string name) => infrastructure.ConnectionStringFor(name);

    public Uri Broker => infrastructure.RabbitMqUri;

    public string DevelopmentSigningKey => developmentSigningKey;
}
