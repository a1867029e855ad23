using Microsoft.Net.Http.Headers;

namespace Reporting.Api.Sources;

/// <summary>
/// Sends the caller's own bearer token on to the service asked: Placements, Health and Leaving Care each check that the
/// person holds the performance role and record that person, not Reporting, in their own audit trails. Reporting has no
/// standing access of its own to any child's rows.
/// </summary>
public sealed class ForwardCallerToken(IHttpContextAccessor http) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var authorization = http.HttpContext?.Request.Headers[HeaderNames.Authorization].ToString();
        if (!string.IsNullOrEmpty(authorization))
        {
            request.Headers.Remove(HeaderNames.Authorization);
            request.Headers.TryAddWithoutValidation(HeaderNames.Authorization, authorization);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
