using System.Net.Http.Headers;
using CorporateParenting.ServiceDefaults.Security;
using Grpc.Core;

namespace CorporateParenting.Testing;

/// <summary>Development tokens for the services under test, signed with the key <see cref="ServiceFactory{TProgram}"/> gives them.</summary>
public static class TestTokens
{
    public const string SigningKey = "test-only-development-signing-key-0123456789";

    public static string For(params string[] roles) => DevelopmentTokens.Create(SigningKey, "test-user", roles);

    public static string ForPartner(string authorityCode) =>
        DevelopmentTokens.Create(SigningKey, $"partner-user-{authorityCode}", [Roles.Partner], authorityCode);

    /// <summary>A school's designated teacher or MIS, acting for the school <paramref name="urn"/> only.</summary>
    public static string ForSchool(string urn) => DevelopmentTokens.Create(SigningKey, $"school-{urn}", [Roles.School], urn: urn);

    public static Metadata Grpc(string token) => new() { { "Authorization", $"Bearer {token}" } };

    public static Metadata GrpcAs(params string[] roles) => Grpc(For(roles));

    public static AuthenticationHeaderValue Http(string token) => new("Bearer", token);
}
