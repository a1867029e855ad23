using CorporateParenting.Testing;

namespace CorporateParenting.EndToEndTests;

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "platform";
}
