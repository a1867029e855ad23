using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>
/// Writes a ProblemDetails body whatever the request's <c>Accept</c> header says: a client asking for HTML or XML still
/// learns what went wrong, and never gets a page that could echo its request (and its bearer token) back.
/// </summary>
public static class ProblemResponses
{
    public const string ContentType = "application/problem+json";

    public static async Task WriteAsync(HttpContext httpContext, ProblemDetails problem, IProblemDetailsService? problemDetails = null, Exception? exception = null)
    {
        problem.Status ??= httpContext.Response.StatusCode;
        httpContext.Response.StatusCode = problem.Status.Value;
        if (problemDetails is not null && await problemDetails.TryWriteAsync(new ProblemDetailsContext
            {
                HttpContext = httpContext,
                ProblemDetails = problem,
                Exception = exception,
            }))
        {
            return;
        }
        problem.Extensions["traceId"] = System.Diagnostics.Activity.Current?.Id ?? httpContext.TraceIdentifier;
        await httpContext.Response.WriteAsJsonAsync(problem, problem.GetType(), JsonOptions, ContentType);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
}
