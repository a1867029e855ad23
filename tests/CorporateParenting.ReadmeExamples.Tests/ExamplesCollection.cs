using CorporateParenting.Testing;

namespace CorporateParenting.ReadmeExamples.Tests;

/// <summary>One PostgreSQL and one RabbitMQ for the assembly; each test starts its services on emptied databases.</summary>
[CollectionDefinition(Name)]
public sealed class ExamplesCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "readme-examples";
}
