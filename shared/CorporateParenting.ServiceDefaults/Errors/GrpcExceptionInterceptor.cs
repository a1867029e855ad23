using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>
/// Maps <see cref="DomainException"/>s to precise gRPC statuses; validation failures carry
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
        catch (DomainException exception)
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
        catch (DomainException exception)
        {
            throw ToRpcException(exception);
        }
    }

    public static RpcException ToRpcException(DomainException exception)
    {
        var status = new Google.Rpc.Status
        {
            Code = (int)ErrorStatusMap.ToGrpcStatus(exception.Kind),
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
