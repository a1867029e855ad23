using System.Net.Http.Headers;
using CorporateParenting.ServiceDefaults.Security;

namespace CorporateParenting.DemoData;

/// <summary>Presents a development token for <paramref name="role"/> on every request: the demo acts as a member of that team.</summary>
public sealed class DevelopmentTokenHandler(string signingKey, string role) : DelegatingHandler
{
    private readonly string token = DevelopmentTokens.Create(signingKey, "apphost-demo-data", [role]);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return base.SendAsync(request, cancellationToken);
    }
}
