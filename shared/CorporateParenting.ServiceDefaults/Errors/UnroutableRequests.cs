using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Extensions.DependencyInjection;

namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>
/// A request no endpoint serves gets the answer HTTP gives, instead of the 401/403 of the default-deny policy: 405 with
/// <c>Allow</c> when its path exists for other methods, 415 when only its content type is wrong, otherwise 404 (a
/// malformed id in the path included). It runs after routing and before authentication, and decides nothing for a
/// request that reached a real endpoint: those stay default deny.
/// </summary>
public static class UnroutableRequests
{
    public static IApplicationBuilder UseUnroutableRequests(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint() is not null)
        {
            await next(context);
            return;
        }
        var samePath = EndpointsMatchingPath(context);
        var sameMethod = samePath.Where(e => MethodsOf(e).Contains(context.Request.Method, StringComparer.OrdinalIgnoreCase)).ToList();
        var problem = (samePath.Count, sameMethod.Count) switch
        {
            (0, _) => new ProblemDetails
            {
                Status = StatusCodes.Status404NotFound, Title = "Not found.",
                Detail = $"No resource at {context.Request.Path}; check the path and the identifiers in it.",
            },
            (_, 0) => new ProblemDetails
            {
                Status = StatusCodes.Status405MethodNotAllowed, Title = "Method not allowed.",
                Detail = $"{context.Request.Method} is not allowed on {context.Request.Path}.",
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status415UnsupportedMediaType, Title = "Unsupported media type.",
                Detail = $"Send the body as {string.Join(" or ", sameMethod.SelectMany(AcceptedContentTypes).Distinct())}.",
            },
        };
        if (problem.Status == StatusCodes.Status405MethodNotAllowed)
        {
            context.Response.Headers.Allow = string.Join(", ", samePath.SelectMany(MethodsOf).Distinct(StringComparer.OrdinalIgnoreCase).Order());
        }
        await ProblemResponses.WriteAsync(context, problem);
    });

    private static IEnumerable<string> MethodsOf(RouteEndpoint endpoint) => endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];

    private static IEnumerable<string> AcceptedContentTypes(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? ["application/json"];

    /// <summary>The HTTP endpoints whose route template, constraints included, matches the request's path.</summary>
    private static List<RouteEndpoint> EndpointsMatchingPath(HttpContext context)
    {
        var endpoints = context.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints;
        var policies = context.RequestServices.GetRequiredService<ParameterPolicyFactory>();
        return [.. endpoints.OfType<RouteEndpoint>().Where(e => MethodsOf(e).Any() && Matches(e.RoutePattern, context, policies))];
    }

    private static bool Matches(RoutePattern pattern, HttpContext context, ParameterPolicyFactory policies)
    {
        var values = new RouteValueDictionary();
        var matcher = new TemplateMatcher(new RouteTemplate(pattern), new RouteValueDictionary(pattern.Defaults));
        if (!matcher.TryMatch(context.Request.Path, values))
        {
            return false;
        }
        foreach (var parameter in pattern.Parameters)
        {
            foreach (var reference in parameter.ParameterPolicies)
            {
                if (policies.Create(parameter, reference) is IRouteConstraint constraint
                    && !constraint.Match(context, null, parameter.Name, values, RouteDirection.IncomingRequest))
                {
                    return false;
                }
            }
        }
        return true;
    }
}
