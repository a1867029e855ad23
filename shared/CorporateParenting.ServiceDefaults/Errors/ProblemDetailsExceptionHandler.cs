using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>
/// Turns every exception into RFC 9110 ProblemDetails: <see cref="DomainException"/>s, the domains' rule violations and
/// unreadable request bodies into 4xx naming what is wrong (fields by the JSON names the client sent), anything else
/// into a bare 500 that says nothing of the server's insides. It always handles the exception, so no other page (in
/// Development the developer exception page, which shows headers) is ever reached.
/// </summary>
public sealed partial class ProblemDetailsExceptionHandler(IProblemDetailsService problemDetails, ILogger<ProblemDetailsExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ProblemFor(exception, BodyTypeOf(httpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint ?? httpContext.GetEndpoint()));
        if (problem.Status == StatusCodes.Status500InternalServerError)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        }
        await ProblemResponses.WriteAsync(httpContext, problem, problemDetails);
        return true;
    }

    private static Type? BodyTypeOf(Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    /// <param name="exception">What went wrong.</param>
    /// <param name="bodyType">The type the endpoint reads its JSON body into, to say what a wrongly typed field should be.</param>
    public static ProblemDetails ProblemFor(Exception exception, Type? bodyType = null) => exception switch
    {
        RequestValidationException validation => new HttpValidationProblemDetails(
            validation.Errors.ToDictionary(e => JsonFieldName(e.Key), e => e.Value))
        {
            Title = ErrorStatusMap.Title(validation.Kind),
            Status = ErrorStatusMap.ToHttpStatus(validation.Kind),
        },
        _ when ErrorStatusMap.KindOf(exception) is { } kind => new ProblemDetails
        {
            Title = ErrorStatusMap.Title(kind), Detail = exception.Message, Status = ErrorStatusMap.ToHttpStatus(kind),
        },
        BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
            new Dictionary<string, string[]> { [FieldOf(json)] = [ReasonOf(json, bodyType)] })
        {
            Title = ErrorStatusMap.Title(DomainErrorKind.Validation),
            Status = StatusCodes.Status400BadRequest,
        },
        BadHttpRequestException bad => new ProblemDetails
        {
            Title = "The request could not be read.", Detail = WithoutParameterNames(bad.Message), Status = bad.StatusCode,
        },
        _ => new ProblemDetails { Title = "An unexpected error occurred.", Status = StatusCodes.Status500InternalServerError },
    };

    /// <summary>REST bodies and query strings are camelCase; checks shared with gRPC name fields in proto's snake_case.</summary>
    public static string JsonFieldName(string field) =>
        SnakeSegment().Replace(field, match => char.ToUpperInvariant(match.Groups[1].Value[0]) + match.Groups[1].Value[1..]);

    private static string FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static string ReasonOf(JsonException json, Type? bodyType)
    {
        if (json.Path is null or "$")
        {
            return "must be a JSON object.";
        }
        return TypeAt(bodyType, json.Path) is { } type ? $"must be {JsonTypeOf(type)}." : "is not valid JSON here.";
    }

    /// <summary>The .NET type at a JSON path such as <c>$.responses[0]</c> inside <paramref name="root"/>.</summary>
    private static Type? TypeAt(Type? root, string path)
    {
        var type = root;
        foreach (var segment in JsonPathSegment().Matches(path).Select(m => m.Value))
        {
            if (type is null)
            {
                return null;
            }
            type = segment.StartsWith('[')
                ? ElementTypeOf(type)
                : type.GetProperty(segment.TrimStart('.'), BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
        }
        return type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
    }

    private static Type? ElementTypeOf(Type type) =>
        type.IsArray ? type.GetElementType() : type.GetInterfaces().Append(type)
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string JsonTypeOf(Type type) => type switch
    {
        _ when type == typeof(bool) => "true or false",
        _ when type == typeof(string) => "a string",
        _ when type == typeof(Guid) => "a GUID string",
        _ when type == typeof(DateOnly) => "a date string in the form yyyy-MM-dd",
        _ when type.IsPrimitive || type == typeof(decimal) => "a number",
        _ when type != typeof(string) && ElementTypeOf(type) is not null => "an array",
        _ => "a JSON object",
    };

    private static string WithoutParameterNames(string message) => ParameterName().Replace(message, "the request");

    [GeneratedRegex(@"_([a-z0-9])")]
    private static partial Regex SnakeSegment();

    [GeneratedRegex(@"(\.[^.\[]+|\[\d+\])")]
    private static partial Regex JsonPathSegment();

    [GeneratedRegex("parameter \"[^\"]+\"", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterName();
}
