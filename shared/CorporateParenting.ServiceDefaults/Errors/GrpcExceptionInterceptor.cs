using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>
/// Maps <see cref="DomainException"/>s and the domains' rule violations to precise gRPC statuses; validation failures carry
/// <c>google.rpc.BadRequest</c> field violations in the rich status details.
/// </summary>
public sealed class GrpcExceptionInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (Exception exception) when (ErrorStatusMap.KindOf(exception) is not null)
        {
            throw ToRpcException(exception);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context,
        ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (Exception exception) when (ErrorStatusMap.KindOf(exception) is not null)
        {
            throw ToRpcException(exception);
        }
    }

    /// <param name="exception">A <see cref="DomainException"/> or a domain's <c>RuleViolation</c>.</param>
    public static RpcException ToRpcException(Exception exception)
    {
        var kind = ErrorStatusMap.KindOf(exception)
            ?? throw new ArgumentException($"{exception.GetType().Name} is not a failure the caller can act on.", nameof(exception));
        var status = new Google.Rpc.Status
        {
            Code = (int)ErrorStatusMap.ToGrpcStatus(kind),
            Message = exception.Message,
        };
        if (exception is RequestValidationException validation)
        {
            var badRequest = new BadRequest();
            foreach (var (field, reasons) in validation.Errors)
            {
                badRequest.FieldViolations.AddRange(reasons.Select(reason =>
                    new BadRequest.Types.FieldViolation { Field = field, Description = reason }));
            }
            status.Details.Add(Any.Pack(badRequest));
        }
        return status.ToRpcException();
    }
}
