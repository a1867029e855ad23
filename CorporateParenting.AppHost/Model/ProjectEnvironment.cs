namespace CorporateParenting.AppHost.Model;

/// <summary>
/// The environment variables a project is started with, named exactly as Aspire 13.1 names them, so every service
/// runs unchanged under this AppHost, a real Aspire AppHost or docker-compose.
/// </summary>
public static class ProjectEnvironment
{
    public static IReadOnlyDictionary<string, string> For(ProjectResource project, IConnectionInfo connections)
    {
        var environment = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["OTEL_SERVICE_NAME"] = project.Name,
            ["LOGGING__CONSOLE__FORMATTERNAME"] = "simple",
            // Development tokens only: services ignore this key in any other environment.
            ["Authentication__DevelopmentSigningKey"] = connections.DevelopmentSigningKey,
        };
        foreach (var endpoint in project.Endpoints)
        {
            environment[$"Kestrel__Endpoints__{endpoint.Name}__Url"] = endpoint.Url;
        }
        foreach (var reference in project.References)
        {
            switch (reference)
            {
                case DatabaseResource database:
                    environment[$"ConnectionStrings__{database.Name}"] = connections.Database(database.Name);
                    break;
                case RabbitMqResource broker:
                    environment[$"ConnectionStrings__{broker.Name}"] = connections.Broker.ToString();
                    break;
                case ProjectResource service:
                    foreach (var endpoint in service.Endpoints)
                    {
                        environment[$"services__{service.Name}__{endpoint.Name}__0"] = endpoint.Url;
                    }
                    break;
            }
        }
        return environment;
    }
}

/// <summary>Where the running infrastructure can be reached, and the development signing key.</summary>
public interface IConnectionInfo
{
    string Database(string name);
    Uri Broker { get; }

    /// <summary>The key development tokens are signed with (git-ignored, made once per clone).</summary>
    string DevelopmentSigningKey { get; }
}
