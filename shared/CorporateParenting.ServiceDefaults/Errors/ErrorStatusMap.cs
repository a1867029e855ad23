using CorporateParenting.Rules;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>The one mapping from a domain failure to what REST and gRPC callers see.</summary>
public static class ErrorStatusMap
{
    /// <summary>What kind of failure the caller can act on this is, or null for anything else (a server error).</summary>
    public static DomainErrorKind? KindOf(Exception exception) => exception switch
    {
        DomainException domain => domain.Kind,
        RuleViolation => DomainErrorKind.RuleViolation,
        _ => null,
    };

    public static int ToHttpStatus(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Validation => StatusCodes.Status400BadRequest,
        DomainErrorKind.NotFound => StatusCodes.Status404NotFound,
        DomainErrorKind.Conflict => StatusCodes.Status409Conflict,
        DomainErrorKind.RuleViolation => StatusCodes.Status422UnprocessableEntity,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static StatusCode ToGrpcStatus(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Validation => StatusCode.InvalidArgument,
        DomainErrorKind.NotFound => StatusCode.NotFound,
        DomainErrorKind.Conflict => StatusCode.AlreadyExists,
        DomainErrorKind.RuleViolation => StatusCode.FailedPrecondition,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Title(DomainErrorKind kind) => kind switch
    {
        DomainErrorKind.Validation => "One or more fields are invalid.",
        DomainErrorKind.NotFound => "Not found.",
        DomainErrorKind.Conflict => "Conflicts with stored data.",
        DomainErrorKind.RuleViolation => "A rule forbids this.",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
