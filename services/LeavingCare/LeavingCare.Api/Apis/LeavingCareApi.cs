using System.Security.Claims;
using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Api.Queries;
using Microsoft.AspNetCore.Http.HttpResults;

namespace LeavingCare.Api.Apis;

/// <summary>
/// The leaving care team's REST API (docs/leaving-care.md §2.2): the young people and their categories, one young
/// person's page (audited), a recorded determination, and the figures by category for the Board (small numbers "c").
/// </summary>
public static class LeavingCareApi
{
    public const string Prefix = "/api/leaving-care";

    /// <summary>Counts below this are shown as "c" to everyone but the leaving care team (as the other services' Board figures).</summary>
    public const int SmallNumberThreshold = 10;

    public static RouteGroupBuilder MapLeavingCareApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("Leaving care");
        group.MapGet("/young-people", ListAsync).RequireAuthorization(Policies.ReadLeavingCare).WithName("ListYoungPeople")
            .WithSummary("Young people by name with their care leaver category: category (none, eligible, relevant, former-relevant, qualifying), page, pageSize")
            .ProducesValidationProblem();
        group.MapGet("/young-people/{id:guid}", GetAsync).RequireAuthorization(Policies.ReadLeavingCare).WithName("GetYoungPerson")
            .WithSummary("One young person: category and its history, the 13-week totals today, the episodes, any determination, what is owed, advisers, the pathway plan and open duties, contacts, accommodation, activity, Staying Put and staying close (audited)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/young-people/{id:guid}/determination", DetermineAsync).RequireAuthorization(Policies.WriteLeavingCare)
            .WithName("RecordDetermination")
            .WithSummary("Records that the young person would have been eligible but for being detained or in hospital on the 16th birthday: reason (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/young-people/{id:guid}/determination", WithdrawDeterminationAsync).RequireAuthorization(Policies.WriteLeavingCare)
            .WithName("WithdrawDetermination")
            .WithSummary("Withdraws a recorded determination (recorded in error); the category is evaluated again at once (audited)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/young-people/{id:guid}/staying-put", StartStayingPutAsync).RequireAuthorization(Policies.WriteLeavingCare).WithName("StartStayingPut")
            .WithSummary("Records a Staying Put arrangement with the former foster carer, from the 18th birthday up to the 21st: carer, startedOn, plannedEndOn (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/young-people/{id:guid}/staying-put/end", EndStayingPutAsync).RequireAuthorization(Policies.WriteLeavingCare).WithName("EndStayingPut")
            .WithSummary("Records the end of the open Staying Put arrangement: endedOn, reason (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/young-people/{id:guid}/staying-close", StayingCloseAsync).RequireAuthorization(Policies.WriteLeavingCare)
            .WithName("RecordStayingCloseAssessment")
            .WithSummary("Records a staying close assessment of a former relevant young person under 25: assessedOn, supportNeeded, areas (accommodation, health, relationships, education-and-employment, participation), summary (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPut("/young-people/{id:guid}/support", SupportAsync).RequireAuthorization(Policies.WriteLeavingCare).WithName("RecordSupportChoices")
            .WithSummary("What changes how long the duties last: inEducationOrTraining, askedForSupportOn (s23CZB), declinedOn (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        foreach (var (path, kind) in new[] { ("contacts", InTouchRecordRow.Contact), ("accommodation", InTouchRecordRow.Accommodation), ("activity", InTouchRecordRow.Activity) })
        {
            group.MapPost($"/young-people/{{id:guid}}/{path}", (Guid id, InTouchRequest body, RecordInTouchHandler record, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct) =>
                    RecordInTouchAsync(id, kind, body, record, audit, user, ct))
                .RequireAuthorization(Policies.WriteLeavingCare).WithName($"Record{char.ToUpperInvariant(kind[0])}{kind[1..]}")
                .WithSummary(kind == InTouchRecordRow.Contact
                    ? "Records a contact: on, inTouch (YES, NO, DIED, REFU, NREQ, RHOM), method (audited)"
                    : $"Records the {kind} in effect from a day: from, code (the SSDA903 {(kind == InTouchRecordRow.Accommodation ? "ACCOM" : "ACTIV")} code) (audited)")
                .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        }
        group.MapGet("/young-people/{id:guid}/oc3", Oc3Async).RequireAuthorization(Policies.ReadLeavingCare).WithName("GetOc3")
            .WithSummary("What the care leaver return (OC3) will say for a collection year (year = \"2025-26\", the current one when blank), what is missing and the rules it breaks (audited)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/in-touch", InTouchAsync).RequireAuthorization(Policies.ReadAggregates).WithName("GetInTouchFigures")
            .WithSummary("The care leaver return's measures by age band beside England's: in touch, suitable accommodation, EET (year = \"2025-26\", the current one when blank); counts under 10 shown as \"c\" to all but the team")
            .ProducesValidationProblem();
        group.MapGet("/in-touch/no-contact", NoContactAsync).RequireAuthorization(Policies.ReadLeavingCare).WithName("ListBirthdaysWithoutContact")
            .WithSummary("Young people in this year's return whose window around the birthday is open or opens within withinDays (30 by default, up to 120) with no contact in it yet (audited)")
            .ProducesValidationProblem();
        group.MapGet("/advisers", async (ListAdvisersHandler advisers, CancellationToken ct) => TypedResults.Ok(await advisers.HandleAsync(ct)))
            .RequireAuthorization(Policies.ReadLeavingCare).WithName("ListPersonalAdvisers").WithSummary("The team's personal advisers with their caseloads");
        group.MapPost("/advisers", AddAdviserAsync).RequireAuthorization(Policies.WriteLeavingCare).WithName("AddPersonalAdviser")
            .WithSummary("Adds a personal adviser: name").ProducesValidationProblem();
        group.MapPut("/young-people/{id:guid}/adviser", AllocateAsync).RequireAuthorization(Policies.WriteLeavingCare).WithName("AllocatePersonalAdviser")
            .WithSummary("Allocates a personal adviser from a day (today when blank), ending the open allocation the day before: adviserId, from")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/young-people/{id:guid}/pathway-plan", RecordStepAsync).RequireAuthorization(Policies.WriteLeavingCare).WithName("RecordPathwayPlanStep")
            .WithSummary("Records the needs assessment or a review held on a day, or a review asked for by a day: kind, on")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/worklist", WorklistAsync).RequireAuthorization(Policies.ReadLeavingCare).WithName("ListLeavingCareWorklist")
            .WithSummary("Every open duty, soonest due first, with its owner: kind (allocate-personal-adviser, needs-assessment, pathway-plan-review, staying-put-ends, staying-close-assessment), owner, overdue, dueWithinDays, page, pageSize (audited)")
            .ProducesValidationProblem();
        group.MapGet("/figures", FiguresAsync).RequireAuthorization(Policies.ReadAggregates).WithName("GetCareLeaverFigures")
            .WithSummary("How many young people are in each category; counts under 10 shown as \"c\" to all but the leaving care team");
        return group;
    }

    private static async Task<Ok<Page<YoungPersonListItem>>> ListAsync(
        ListYoungPeopleHandler list, IAuditTrail audit, TimeProvider clock, CancellationToken ct, string? category = null, int page = 1, int pageSize = 50)
    {
        var result = await list.HandleAsync(YoungPeopleFilter.From(category, page, pageSize), clock.Today(), ct);
        await audit.RecordAsync(new AuditEntry("GET /api/leaving-care/young-people", "young-person", null, $"{result.Items.Count} young people"), ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Results<Ok<YoungPersonDetails>, NotFound>> GetAsync(
        Guid id, GetYoungPersonHandler get, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        if (await get.HandleAsync(id, clock.Today(), ct) is not { } details)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(new AuditEntry("GET /api/leaving-care/young-people/{id}", "young-person", id), ct);
        return TypedResults.Ok(details);
    }

    private static async Task<Ok<YoungPersonDetails>> DetermineAsync(
        Guid id, RecordDeterminationRequest body, RecordDeterminationHandler record, GetYoungPersonHandler get, IAuditTrail audit,
        ClaimsPrincipal user, TimeProvider clock, CancellationToken ct)
    {
        await record.HandleAsync(id, body, user, ct);
        await audit.RecordAsync(new AuditEntry("PUT /api/leaving-care/young-people/{id}/determination", "young-person", id), ct);
        return TypedResults.Ok((await get.HandleAsync(id, clock.Today(), ct))!);
    }

    private static async Task<Ok<YoungPersonDetails>> WithdrawDeterminationAsync(
        Guid id, RecordDeterminationHandler record, GetYoungPersonHandler get, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        var withdrawn = await record.WithdrawAsync(id, ct);
        await audit.RecordAsync(new AuditEntry("DELETE /api/leaving-care/young-people/{id}/determination", "young-person", id,
            withdrawn ? "withdrawn" : "none to withdraw"), ct);
        return TypedResults.Ok((await get.HandleAsync(id, clock.Today(), ct))!);
    }

    private static async Task<Created<StayingPutView>> StartStayingPutAsync(
        Guid id, StartStayingPutRequest body, StayingPutArrangementsHandler stayingPut, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (arrangement, born) = await stayingPut.StartAsync(id, body, user, ct);
        await audit.RecordAsync(new AuditEntry("POST /api/leaving-care/young-people/{id}/staying-put", "young-person", id), ct);
        return TypedResults.Created($"{Prefix}/young-people/{id}", StayingPutView.Of(arrangement, born));
    }

    private static async Task<Ok<StayingPutView>> EndStayingPutAsync(
        Guid id, EndStayingPutRequest body, StayingPutArrangementsHandler stayingPut, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (arrangement, born) = await stayingPut.EndAsync(id, body, user, ct);
        await audit.RecordAsync(new AuditEntry("PUT /api/leaving-care/young-people/{id}/staying-put/end", "young-person", id), ct);
        return TypedResults.Ok(StayingPutView.Of(arrangement, born));
    }

    private static async Task<Created<StayingCloseView>> StayingCloseAsync(
        Guid id, StayingCloseAssessmentRequest body, RecordStayingCloseAssessmentHandler record, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var row = await record.HandleAsync(id, body, user, ct);
        await audit.RecordAsync(new AuditEntry("POST /api/leaving-care/young-people/{id}/staying-close", "young-person", id), ct);
        return TypedResults.Created($"{Prefix}/young-people/{id}", StayingCloseView.Of(row));
    }

    private static async Task<Ok<StatusFigures>> FiguresAsync(GetStatusFiguresHandler figures, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await figures.HandleAsync(user.IsInRole(Roles.LeavingCare) ? null : SmallNumberThreshold, ct));

    private static async Task<Created<AdviserView>> AddAdviserAsync(AddAdviserRequest body, PersonalAdvisersHandler advisers, CancellationToken ct)
    {
        var adviser = await advisers.AddAsync(body, ct);
        return TypedResults.Created($"{Prefix}/advisers", new AdviserView(adviser.Id, adviser.Name, Caseload: 0));
    }

    private static async Task<Ok<AllocationView>> AllocateAsync(
        Guid id, AllocateAdviserRequest body, PersonalAdvisersHandler advisers, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var (allocation, adviser) = await advisers.AllocateAsync(id, body, user, ct);
        await audit.RecordAsync(new AuditEntry("PUT /api/leaving-care/young-people/{id}/adviser", "young-person", id), ct);
        return TypedResults.Ok(AllocationView.Of(allocation, adviser.Name));
    }

    private static async Task<Created<PlanStepView>> RecordStepAsync(
        Guid id, PathwayPlanStepRequest body, RecordPathwayPlanStepHandler record, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var step = await record.HandleAsync(id, body, user, ct);
        await audit.RecordAsync(new AuditEntry("POST /api/leaving-care/young-people/{id}/pathway-plan", "young-person", id), ct);
        return TypedResults.Created($"{Prefix}/young-people/{id}", PlanStepView.Of(step));
    }

    private static async Task<Ok<Page<WorklistItem>>> WorklistAsync(
        ListWorklistHandler worklist, IAuditTrail audit, TimeProvider clock, CancellationToken ct,
        string? kind = null, string? owner = null, bool overdue = false, int? dueWithinDays = null, int page = 1, int pageSize = 50)
    {
        var result = await worklist.HandleAsync(WorklistFilter.From(kind, owner, overdue, dueWithinDays, page, pageSize), clock.Today(), ct);
        await audit.RecordAsync(new AuditEntry("GET /api/leaving-care/worklist", "young-person", null, $"{result.Items.Count} items"), ct);
        return TypedResults.Ok(result);
    }

    private static async Task<Ok<YoungPersonDetails>> SupportAsync(
        Guid id, SupportChoicesRequest body, RecordSupportChoicesHandler record, GetYoungPersonHandler get, IAuditTrail audit, TimeProvider clock, CancellationToken ct)
    {
        await record.HandleAsync(id, body, ct);
        await audit.RecordAsync(new AuditEntry("PUT /api/leaving-care/young-people/{id}/support", "young-person", id), ct);
        return TypedResults.Ok((await get.HandleAsync(id, clock.Today(), ct))!);
    }

    private static async Task<Created<InTouchRecordView>> RecordInTouchAsync(
        Guid id, string kind, InTouchRequest body, RecordInTouchHandler record, IAuditTrail audit, ClaimsPrincipal user, CancellationToken ct)
    {
        var row = await record.HandleAsync(id, kind, body, user, ct);
        await audit.RecordAsync(new AuditEntry($"POST /api/leaving-care/young-people/{{id}}/{kind}", "young-person", id), ct);
        return TypedResults.Created($"{Prefix}/young-people/{id}/oc3", InTouchRecordView.Of(row));
    }

    private static async Task<Results<Ok<Oc3View>, NotFound>> Oc3Async(
        Guid id, GetOc3ReportHandler oc3, IAuditTrail audit, TimeProvider clock, CancellationToken ct, string? year = null)
    {
        if (await oc3.HandleAsync(id, year, clock.Today(), ct) is not { } view)
        {
            return TypedResults.NotFound();
        }
        await audit.RecordAsync(new AuditEntry("GET /api/leaving-care/young-people/{id}/oc3", "young-person", id), ct);
        return TypedResults.Ok(view);
    }

    private static async Task<Ok<InTouchFiguresView>> InTouchAsync(
        InTouchFiguresHandler figures, ClaimsPrincipal user, TimeProvider clock, CancellationToken ct, string? year = null) =>
        TypedResults.Ok(await figures.FiguresAsync(GetOc3ReportHandler.YearFrom(year, clock.Today()), user.IsInRole(Roles.LeavingCare) ? null : SmallNumberThreshold, ct));

    private static async Task<Ok<IReadOnlyList<NoContactItem>>> NoContactAsync(
        InTouchFiguresHandler figures, IAuditTrail audit, TimeProvider clock, CancellationToken ct, int withinDays = 30)
    {
        if (withinDays is < 0 or > 120)
        {
            var errors = new FieldErrors();
            errors.Add("withinDays", $"must be 0 to 120; {withinDays} was sent.");
            errors.ThrowIfAny();
        }
        var items = await figures.NoContactAsync(clock.Today(), withinDays, ct);
        await audit.RecordAsync(new AuditEntry("GET /api/leaving-care/in-touch/no-contact", "young-person", null, $"{items.Count} young people"), ct);
        return TypedResults.Ok(items);
    }
}
