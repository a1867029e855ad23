using CorporateParenting.Testing;

namespace CorporateParenting.Audit.Tests;

[CollectionDefinition(Name)]
public sealed class AuditCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "audit";
}
