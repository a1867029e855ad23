using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults.Security;
using Health.Api.Commands;
using Health.Api.Grpc;
using Health.Api.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Health.Api.Apis;

/// <summary>
/// REST for the nurses: the worklist in deadline order with days remaining and RAG, a child's health timeline, and SDQ
/// submission. The same rules and messages as health.v1, as JSON.
/// </summary>
public static class HealthApi
{
    public sealed record SdqSubmission(string ClientRequestId, string CompletedOn, string Informant, string Form, string CompletedBy, int[] Responses);

    public static RouteGroupBuilder MapHealthApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Health");

        group.MapGet("/worklist", WorklistAsync).RequireAuthorization(Policies.ReadHealthRecords)
            .WithName("GetWorklist")
            .WithSummary("Open assessments and checks, earliest deadline first")
            .WithDescription("Each item has its days remaining (negative when overdue) and RAG: RED overdue, AMBER due within 10 days, GREEN otherwise. " +
                "Filters: overdueOnly, dueWithinDays, kind (e.g. INITIAL, REVIEW, DENTAL), team (in-area, out-of-area), limit (1-1000, default 200).")
            .ProducesValidationProblem();

        group.MapGet("/children/{childId:guid}/health", TimelineAsync).RequireAuthorization(Policies.ReadHealthRecords)
            .WithName("GetHealthTimeline")
            .WithSummary("A child's assessments, checks and SDQs")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/children/{childId:guid}/sdqs", SubmitSdqAsync).RequireAuthorization(Policies.WriteHealthRecords)
            .WithName("SubmitSdq")
            .WithSummary("Submits an SDQ: 25 responses in item order (0, 1, 2, or -1 when not answered); returns its scores and band")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/charges", ChargesAsync).RequireAuthorization(Policies.ReadHealthRecords)
            .WithName("GetCharges")
            .WithSummary("Review health assessments done for children another authority placed here, charged to that authority")
            .WithDescription("authority (ONS code), from and to (yyyy-MM-dd, both included) are required; returns the items and their total in pounds.")
            .ProducesValidationProblem();

        return group;
    }

    private static async Task<Ok<ChargeStatement>> ChargesAsync(
        GetChargesHandler charges, TimeProvider clock, string? authority, string? from, string? to, CancellationToken ct) =>
        TypedResults.Ok(await charges.HandleAsync(GetChargesQuery.From(authority, from, to, clock.Today()), ct));

    private static async Task<Ok<Worklist>> WorklistAsync(
        ListWorklistHandler worklist, IAuditTrail audit, TimeProvider clock, CancellationToken ct,
        bool overdueOnly = false, int dueWithinDays = 0, string? kind = null, string? team = null, int limit = 0)
    {
        var filter = WorklistFilter.From(overdueOnly, dueWithinDays, kind, team, limit);
        var today = clock.Today();
        var entries = await worklist.ListAsync(filter, today, ct);
        await audit.RecordAsync(new AuditEntry("GET /api/worklist", "health-assessment", null, $"{entries.Count} items"), ct);
        return TypedResults.Ok(HealthMessages.Of(today, entries));
    }

    private static async Task<Results<Ok<HealthSummary>, NotFound>> TimelineAsync(
        Guid childId, GetHealthSummaryHandler healthSummary, IAuditTrail audit, CancellationToken ct)
    {
        var (known, summary) = await healthSummary.HandleAsync(childId, ct);
        if (!known)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(new AuditEntry("GET /api/children/{id}/health", "health-assessment", childId), ct);
        return TypedResults.Ok(summary);
    }

    private static async Task<Created<SdqResult>> SubmitSdqAsync(Guid childId, SdqSubmission body, SubmitSdqHandler submitSdq, TimeProvider clock, CancellationToken ct)
    {
        var request = new SubmitSdqRequest
        {
            ClientRequestId = body.ClientRequestId ?? string.Empty, ChildId = childId.ToString(), CompletedOn = body.CompletedOn ?? string.Empty,
            Informant = body.Informant ?? string.Empty, Form = body.Form ?? string.Empty, CompletedBy = body.CompletedBy ?? string.Empty,
        };
        request.Responses.AddRange(body.Responses ?? []);
        var record = await submitSdq.HandleAsync(SubmitSdqCommand.From(request, clock.Today()), ct);
        return TypedResults.Created($"/api/children/{childId}/health", HealthMessages.Of(record));
    }
}
