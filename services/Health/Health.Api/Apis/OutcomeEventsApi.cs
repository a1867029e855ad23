using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.ServiceDefaults.Security;
using Health.Api.Commands;
using Health.Api.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Health.Api.Apis;

/// <summary>
/// REST for the health team: a child's dated OC2 facts (substance misuse and interventions, convictions and youth
/// cautions, reasons for no SDQ) recorded, corrected, removed and read, and the child's OC2 row for a collection year
/// (docs/health.md §5.1).
/// </summary>
public static class OutcomeEventsApi
{
    private const string Events = "/children/{childId:guid}/outcome-events";

    public static RouteGroupBuilder MapOutcomeEventsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api").WithTags("Health");

        group.MapGet(Events, ListAsync).RequireAuthorization(Policies.ReadHealthRecords)
            .WithName("ListOutcomeEvents")
            .WithSummary("A child's substance misuse, interventions, convictions and cautions, and reasons for no SDQ, oldest first (audited)")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost(Events, RecordAsync).RequireAuthorization(Policies.WriteHealthRecords)
            .WithName("RecordOutcomeEvent")
            .WithSummary("Records what happened on a day: kind (SUBSTANCE_MISUSE_IDENTIFIED, INTERVENTION_RECEIVED, INTERVENTION_REFUSED, " +
                "CONVICTION, YOUTH_CAUTION, YOUTH_CONDITIONAL_CAUTION, NO_SDQ), on (yyyy-MM-dd), sdqReason (SDQ1–SDQ5, with NO_SDQ only) (audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapPut($"{Events}/{{eventId:guid}}", CorrectAsync).RequireAuthorization(Policies.WriteHealthRecords)
            .WithName("CorrectOutcomeEvent")
            .WithSummary("Corrects a recorded event: the whole event again, as when recorded (audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapDelete($"{Events}/{{eventId:guid}}", RemoveAsync).RequireAuthorization(Policies.WriteHealthRecords)
            .WithName("RemoveOutcomeEvent")
            .WithSummary("Removes an event recorded in error; refused while an intervention depends on the substance misuse it removes (audited)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/children/{childId:guid}/oc2/{yearEnding:int}", Oc2Async).RequireAuthorization(Policies.ReadHealthRecords)
            .WithName("GetOc2Row")
            .WithSummary("The child's SSDA903 OC2 values for the collection year ending 31 March of yearEnding, as the return codes them, " +
                "and what is missing (audited)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<OutcomeEventView>>, NotFound>> ListAsync(
        Guid childId, ListOutcomeEventsHandler list, IAuditTrail audit, CancellationToken ct)
    {
        if (await list.HandleAsync(childId, ct) is not { } events)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(new AuditEntry("GET /api/children/{id}/outcome-events", "outcome-event", childId), ct);
        return TypedResults.Ok(events);
    }

    private static async Task<Created<OutcomeEventView>> RecordAsync(
        Guid childId, OutcomeEventRequest body, RecordOutcomeEventsHandler record, ClaimsPrincipal user, CancellationToken ct)
    {
        var row = await record.RecordAsync(childId, body, PlatformClaims.SubjectOf(user), ct);
        return TypedResults.Created($"/api/children/{childId}/outcome-events/{row.Id}", OutcomeEventView.Of(row));
    }

    private static async Task<Ok<OutcomeEventView>> CorrectAsync(
        Guid childId, Guid eventId, OutcomeEventRequest body, RecordOutcomeEventsHandler record, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(OutcomeEventView.Of(await record.CorrectAsync(childId, eventId, body, PlatformClaims.SubjectOf(user), ct)));

    private static async Task<NoContent> RemoveAsync(Guid childId, Guid eventId, RecordOutcomeEventsHandler record, CancellationToken ct)
    {
        await record.RemoveAsync(childId, eventId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<Oc2RowView>> Oc2Async(Guid childId, int yearEnding, GetOc2RowHandler oc2, IAuditTrail audit, CancellationToken ct)
    {
        var row = await oc2.HandleAsync(childId, GetOc2RowHandler.YearOf(yearEnding), ct);
        await audit.RecordAsync(new AuditEntry("GET /api/children/{id}/oc2/{yearEnding}", "outcome-event", childId, row.Year), ct);
        return TypedResults.Ok(row);
    }
}
