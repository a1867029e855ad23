namespace CorporateParenting.AppHost.Model;

public sealed record RabbitMqResource(string Name, int Port) : IResource;
