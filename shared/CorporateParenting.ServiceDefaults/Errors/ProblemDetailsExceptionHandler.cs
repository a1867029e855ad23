using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>Turns <see cref="DomainException"/>s, the domains' rule violations and unreadable request bodies into RFC 9110 ProblemDetails; anything else stays a 500.</summary>
public sealed class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            RequestValidationException validation => new HttpValidationProblemDetails(
                validation.Errors.ToDictionary(e => e.Key, e => e.Value)) { Title = ErrorStatusMap.Title(validation.Kind) },
            _ when ErrorStatusMap.KindOf(exception) is { } kind => new ProblemDetails { Title = ErrorStatusMap.Title(kind), Detail = exception.Message },
            BadHttpRequestException bad => new ProblemDetails { Title = "The request could not be read.", Detail = bad.Message },
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        problem.Status = exception switch
        {
            _ when ErrorStatusMap.KindOf(exception) is { } kind => ErrorStatusMap.ToHttpStatus(kind),
            BadHttpRequestException bad => bad.StatusCode,
            _ => StatusCodes.Status500InternalServerError,
        };
        httpContext.Response.StatusCode = problem.Status.Value;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }
}
