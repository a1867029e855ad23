namespace CorporateParenting.AppHost.Model;

/// <summary>The PostgreSQL server; each service gets a database of its own on it.</summary>
public sealed class PostgresResource(string name, int port) : IResource
{
    private readonly List<DatabaseResource> _databases = [];

    public string Name { get; } = name;
    public int Port { get; } = port;
    public IReadOnlyList<DatabaseResource> Databases => _databases;

    public DatabaseResource AddDatabase(string name)
    {
        var database = new DatabaseResource(name, this);
        _databases.Add(database);
        return database;
    }
}

public sealed record DatabaseResource(string Name, PostgresResource Server) : IResource;
