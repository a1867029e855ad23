using CorporateParenting.ServiceDefaults.Errors;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Placements.Domain;

namespace Placements.Api.Grpc;

/// <summary>
/// A broken SSDA903 rule (<see cref="CareRuleViolation"/>, thrown by Placements.Domain) is FAILED_PRECONDITION with its
/// message. Registered after ServiceDefaults' GrpcExceptionInterceptor, so it runs inside it and hands it a
/// <see cref="RuleViolationException"/> to map.
/// </summary>
public sealed class CareRuleViolationInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (CareRuleViolation violation)
        {
            throw new RuleViolationException(violation.Message);
        }
    }
}
