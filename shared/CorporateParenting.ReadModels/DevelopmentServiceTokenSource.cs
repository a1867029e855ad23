using CorporateParenting.ServiceDefaults.Security;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace CorporateParenting.ReadModels;

/// <summary>
/// In Development, a token minted with the development signing key the AppHost gives every service (as the demo loader
/// does), subject the calling service, role <c>service</c>. Anywhere else there is none yet: production needs the identity
/// provider's client-credentials flow, which the platform does not have, so a call says so instead of going out unsigned.
/// </summary>
public sealed class DevelopmentServiceTokenSource(IConfiguration configuration, IHostEnvironment environment, string service) : IServiceTokenSource
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        var key = configuration[$"{PlatformAuthenticationOptions.Section}:{nameof(PlatformAuthenticationOptions.DevelopmentSigningKey)}"];
        if (!environment.IsDevelopment() || string.IsNullOrEmpty(key))
        {
            throw new InvalidOperationException(
                $"{service} has no token to call another service with: outside Development it needs a client-credentials token from the " +
                "identity provider, which is not implemented yet (register another IServiceTokenSource).");
        }
        return ValueTask.FromResult(DevelopmentTokens.Create(key, service, [Roles.Service], lifetime: Lifetime));
    }
}
