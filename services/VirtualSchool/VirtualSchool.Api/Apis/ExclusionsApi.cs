using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Apis;

/// <summary>Suspensions and permanent exclusions recorded by Virtual School staff.</summary>
public static class ExclusionsApi
{
    public static RouteGroupBuilder MapExclusionsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/virtual-school").WithTags("Exclusions");

        group.MapPost("/pupils/{pupilId:guid}/exclusions", RecordAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("RecordExclusion")
            .WithSummary("Records a suspension or permanent exclusion; publishes PupilExcluded with the suspension days this school year")
            .WithDescription("kind (suspension, permanent-exclusion), startsOn (yyyy-MM-dd), startSession (AM, the default, or PM), " +
                "sessions (1 to 380: a lunchtime is 1, a day 2), reason and urn optional.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    public sealed record RecordedExclusion(
        Guid Id, Guid PupilId, string Kind, DateOnly StartsOn, string StartSession, int Sessions, string? Reason, string? Urn, DateTimeOffset RecordedAt);

    private static async Task<Created<RecordedExclusion>> RecordAsync(
        Guid pupilId, RecordExclusionCommand.Body body, RecordExclusionHandler handler, IAuditTrail audit, ClaimsPrincipal user,
        TimeProvider clock, CancellationToken ct)
    {
        var command = RecordExclusionCommand.From(pupilId, body, clock.Today());
        ExclusionRow row = await handler.HandleAsync(command, PlatformClaims.SubjectOf(user), ct);
        await audit.RecordAsync(new AuditEntry("POST /api/virtual-school/pupils/{id}/exclusions", "exclusion", pupilId, row.Id.ToString()), ct);
        return TypedResults.Created($"/api/virtual-school/pupils/{pupilId}/exclusions/{row.Id}", new RecordedExclusion(
            row.Id, row.PupilId, row.Kind, row.StartsOn, row.StartSession == 0 ? "AM" : "PM", row.Sessions, row.Reason, row.Urn, row.RecordedAt));
    }
}
