using System.Globalization;
using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.ReadModels;

/// <summary>
/// <c>/api/admin/read-model/rebuild</c> for admins: ask for a rebuild of this service's read model from Placements
/// (202 with the run, which then runs in the background), and see how a run or the latest runs went.
/// </summary>
public static class ReadModelRebuildApi
{
    public const string RoutePrefix = "/api/admin/read-model/rebuild";
    public const int LatestRuns = 20;

    /// <summary>An instant, never a bare date or a local time: <c>2026-12-01T09:30:00Z</c>, <c>2026-12-01T09:30:00.5+00:00</c>.</summary>
    private static readonly string[] InstantFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz"];

    public static RouteGroupBuilder MapReadModelRebuildApi<TContext>(this IEndpointRouteBuilder endpoints) where TContext : DbContext
    {
        var group = endpoints.MapGroup(RoutePrefix)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Read model");

        group.MapPost("", RequestAsync<TContext>)
            .WithName("RebuildReadModel")
            .WithSummary("Rebuilds this service's copy of Placements' register, in the background")
            .WithDescription("Every child, or with changedSince (an ISO 8601 instant) only those changed in Placements since. " +
                "Answers 202 with the run; a run already asked for the same children and not begun is answered instead of queuing another.")
            .ProducesValidationProblem();

        group.MapGet("/{runId:guid}", FindAsync<TContext>)
            .WithName("GetReadModelRebuild")
            .WithSummary("A rebuild's status and counts")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("", LatestAsync<TContext>)
            .WithName("ListReadModelRebuilds")
            .WithSummary($"The latest {LatestRuns} rebuilds, the first start's included, newest first");

        return group;
    }

    public static async Task<Accepted<ReadModelRebuildView>> RequestAsync<TContext>(
        ReadModelRebuilds<TContext> rebuilds, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct, string? changedSince = null)
        where TContext : DbContext
    {
        var errors = new FieldErrors();
        DateTimeOffset? since = null;
        if (!string.IsNullOrWhiteSpace(changedSince))
        {
            if (DateTimeOffset.TryParseExact(changedSince.Trim(), InstantFormats, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                since = parsed;
            }
            else
            {
                errors.Add("changedSince", "must be an ISO 8601 instant with its offset, e.g. 2026-12-01T00:00:00Z.");
            }
        }
        errors.ThrowIfAny();

        var run = await rebuilds.RequestAsync(user.FindFirst(PlatformClaims.Subject)?.Value ?? AuditActor.AnonymousSubject, since, ct);
        await audit.RecordAsync(new AuditEntry($"POST {RoutePrefix}", "read-model-rebuild", null, run.Id.ToString()), ct);
        return TypedResults.Accepted($"{RoutePrefix}/{run.Id}", ReadModelRebuildView.Of(run));
    }

    public static async Task<Ok<ReadModelRebuildView>> FindAsync<TContext>(ReadModelRebuilds<TContext> rebuilds, Guid runId, CancellationToken ct)
        where TContext : DbContext =>
        TypedResults.Ok(ReadModelRebuildView.Of(await rebuilds.FindAsync(runId, ct) ?? throw new NotFoundException("Read model rebuild", runId)));

    public static async Task<Ok<List<ReadModelRebuildView>>> LatestAsync<TContext>(ReadModelRebuilds<TContext> rebuilds, CancellationToken ct)
        where TContext : DbContext =>
        TypedResults.Ok((await rebuilds.LatestAsync(LatestRuns, ct)).Select(ReadModelRebuildView.Of).ToList());
}
