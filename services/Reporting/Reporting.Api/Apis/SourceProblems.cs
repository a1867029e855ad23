using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Reporting.Api.Apis;

/// <summary>A service that owns part of the return refused or did not answer: 502, saying which and why, never a 500.</summary>
public static class SourceProblems
{
    public static ProblemHttpResult Of(RpcException refused) => TypedResults.Problem(
        title: "A service that owns part of the return did not give its rows.",
        detail: $"{refused.StatusCode}: {refused.Status.Detail}",
        statusCode: StatusCodes.Status502BadGateway);
}
