using CorporateParenting.Testing;

namespace CorporateParenting.Messaging.Tests;

[CollectionDefinition(Name)]
public sealed class MessagingCollection : ICollectionFixture<InfrastructureFixture>
{
    public const string Name = "messaging";
}
