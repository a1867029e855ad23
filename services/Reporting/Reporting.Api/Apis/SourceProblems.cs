using Grpc.Core;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Reporting.Api.Apis;

/// <summary>A service that owns part of the return or of the scorecard refused or did not answer: 502, saying which and why, never a 500.</summary>
public static class SourceProblems
{
    public static ProblemHttpResult Of(RpcException refused) => TypedResults.Problem(
        title: "A service that owns part of the figures did not give them.",
        detail: $"{refused.StatusCode}: {refused.Status.Detail}",
        statusCode: StatusCodes.Status502BadGateway);
}
