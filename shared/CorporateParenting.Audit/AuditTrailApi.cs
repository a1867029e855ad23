using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Audit;

/// <summary>
/// <c>/api/audit</c> for admins: whether the chain is intact, and who accessed a child's records or what one person accessed.
/// Listing accesses is not itself a read of a child's record, so these endpoints record nothing in the trail.
/// </summary>
public static class AuditTrailApi
{
    public const string RoutePrefix = "/api/audit";
    public const int MaxPageSize = 500;

    public static RouteGroupBuilder MapAuditTrailApi<TContext>(this IEndpointRouteBuilder endpoints) where TContext : DbContext
    {
        var group = endpoints.MapGroup(RoutePrefix)
            .RequireAuthorization(Policies.Admin)
            .WithTags("Audit");

        group.MapGet("/verification", VerifyAsync<TContext>)
            .WithName("VerifyAuditTrail")
            .WithSummary("Recomputes the hash chain of this service's audit trail")
            .WithDescription("Reports whether every row still matches its content and links to the row before it, and if not, the first row that fails.");

        group.MapGet("/records", ListAsync<TContext>)
            .WithName("ListAuditRecords")
            .WithSummary("Lists who accessed a child's records, or what one person accessed, newest first")
            .WithDescription($"Give childId, subject or both; page from 1, pageSize from 1 to {MaxPageSize}.")
            .ProducesValidationProblem();

        return group;
    }

    public static async Task<Ok<AuditVerification>> VerifyAsync<TContext>(AuditChainVerifier<TContext> verifier, CancellationToken ct)
        where TContext : DbContext =>
        TypedResults.Ok(await verifier.VerifyAsync(ct));

    public static async Task<Ok<AuditRecordPage>> ListAsync<TContext>(
        AuditRecordSearch<TContext> search, Guid? childId, string? subject, CancellationToken ct, int page = 1, int pageSize = 50)
        where TContext : DbContext
    {
        var errors = new FieldErrors();
        subject = errors.Optional("subject", subject, maxLength: 200);
        if (childId is null && subject is null)
        {
            errors.Add("childId", "or subject is required: the trail is listed for one child or one person.");
        }
        errors.ThrowIfAny();
        Paging.Validate(page, pageSize, MaxPageSize);
        return TypedResults.Ok(await search.FindAsync(childId, subject, page, pageSize, ct));
    }
}
