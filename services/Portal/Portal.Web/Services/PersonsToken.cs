using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Portal.Web.SignIn;

namespace Portal.Web.Services;

/// <summary>
/// Sends the signed-in person's own token with every call the Portal makes for them, so each service checks the
/// person's role and every audit row names the person, never the Portal.
/// </summary>
public sealed class PersonsToken(IHttpContextAccessor http) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (http.HttpContext is { } context
            && await context.GetTokenAsync(CookieAuthenticationDefaults.AuthenticationScheme, PortalSignIn.ServiceToken) is { } token)
        {
            request.Headers.Authorization = new("Bearer", token);
        }
        return await base.SendAsync(request, cancellationToken);
    }
}
