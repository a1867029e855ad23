using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Queries;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Apis;

/// <summary>
/// Personal Education Plans (docs/virtual-school.md §9.9): the Virtual School's staff see and move every PEP; a school
/// (its token carries its URN) sees, edits and submits only those of pupils on its roll today, and nothing else exists
/// for it. Returning, completing and rating are the Virtual School's. Every read of a PEP is audited.
/// </summary>
public static class PepsApi
{
    public static RouteGroupBuilder MapPepsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup($"{PupilsApi.Prefix}/peps").WithTags("PEPs");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.ReadPeps).WithName("ListPeps")
            .WithSummary("PEPs, soonest due first")
            .WithDescription("Filters: pupil (id), status (draft, submitted, returned, completed, closed), kind (initial, change-of-school, " +
                "termly-review, post-16, early-years), urn (pupils on that school's roll today), dueFrom, dueTo (yyyy-MM-dd), overdue (true, false), " +
                "page, pageSize. A school sees only its own pupils' PEPs.")
            .ProducesValidationProblem();
        group.MapGet("/timeliness", TimelinessAsync).RequireAuthorization(Policies.ReadAggregates).WithName("GetPepTimeliness")
            .WithSummary("The share of PEPs completed by their due date, against the configured target")
            .WithDescription("period: term (default) or year-to-date; on: the day the period ends (yyyy-MM-dd, today when blank). " +
                "Exact for the virtual-school role; for everyone else counts under the configured threshold are shown as \"c\".")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/quality-checklist", (IOptions<PepQualityOptions> quality) => TypedResults.Ok(QualityChecklist.Of(quality.Value)))
            .RequireAuthorization(Policies.ReadPeps).WithName("GetPepQualityChecklist")
            .WithSummary("The checklist a PEP is rated against (each item and whether it is mandatory), the rating thresholds and what counts as adequate");
        group.MapGet("/{pepId:guid}", GetAsync).RequireAuthorization(Policies.ReadPeps).WithName("GetPep")
            .WithSummary("One PEP with its content, the sections still missing, its quality rating and its history")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{pepId:guid}", EditAsync).RequireAuthorization(Policies.WritePeps).WithName("EditPep")
            .WithSummary("Replaces a draft or returned PEP's content (sections, meetingOn, attendees, targets); version is required")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{pepId:guid}/submit", SubmitAsync).RequireAuthorization(Policies.WritePeps).WithName("SubmitPep")
            .WithSummary("Submits a draft or returned PEP to the Virtual School; refused naming every missing section")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{pepId:guid}/return", ReturnAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("ReturnPep")
            .WithSummary("Sends a submitted PEP back to its authors with a reason (required); it goes on the worklist")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{pepId:guid}/complete", CompleteAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("CompletePep")
            .WithSummary("Approves a submitted PEP; it is read-only from then on")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/{pepId:guid}/quality", AssessAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("AssessPep")
            .WithSummary("Rates a submitted PEP against the configured checklist: results (item, met, comment) for every item, and comments")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Ok<Page<PepListItem>>> ListAsync(
        ListPepsHandler peps, ClaimsPrincipal caller, TimeProvider clock, CancellationToken ct,
        string? pupil = null, string? status = null, string? kind = null, string? urn = null, string? dueFrom = null, string? dueTo = null,
        bool? overdue = null, int page = 1, int pageSize = 50)
    {
        var today = clock.Today();
        return TypedResults.Ok(await peps.HandleAsync(PepFilter.From(pupil, status, kind, urn, dueFrom, dueTo, overdue, page, pageSize, today), caller, today, ct));
    }

    private static async Task<Ok<PublishedPepTimeliness>> TimelinessAsync(
        GetPepTimelinessHandler timeliness, IOptions<MeasureOptions> options, ClaimsPrincipal caller, TimeProvider clock, CancellationToken ct,
        string? period = null, string? on = null)
    {
        var query = PepTimelinessQuery.From(period, on, clock.Today());
        var result = await timeliness.HandleAsync(query, ct);
        return TypedResults.Ok(PublishedPepTimeliness.Of(query.Period, result, caller.IsInRole(Roles.VirtualSchool) ? null : options.Value.SmallNumberThreshold));
    }

    private static async Task<Ok<PepDetails>> GetAsync(Guid pepId, GetPepHandler pep, ClaimsPrincipal caller, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await pep.HandleAsync(pepId, caller, clock.Today(), "GET /api/virtual-school/peps/{id}", ct));

    private static async Task<Ok<PepDetails>> EditAsync(
        Guid pepId, EditPepRequest body, EditPepHandler edit, ClaimsPrincipal caller, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await edit.HandleAsync(EditPep.Validate(pepId, body, clock.Today()), caller, ct));

    private static async Task<Ok<PepDetails>> SubmitAsync(Guid pepId, PepMoveRequest? body, SubmitPepHandler submit, ClaimsPrincipal caller, CancellationToken ct) =>
        TypedResults.Ok(await submit.HandleAsync(pepId, body ?? new PepMoveRequest(null), caller, ct));

    private static async Task<Ok<PepDetails>> ReturnAsync(Guid pepId, ReturnPepRequest body, ReturnPepHandler handler, ClaimsPrincipal caller, CancellationToken ct) =>
        TypedResults.Ok(await handler.HandleAsync(pepId, body, caller, ct));

    private static async Task<Ok<PepDetails>> CompleteAsync(
        Guid pepId, PepMoveRequest? body, CompletePepHandler complete, ClaimsPrincipal caller, CancellationToken ct) =>
        TypedResults.Ok(await complete.HandleAsync(pepId, body ?? new PepMoveRequest(null), caller, ct));

    private static async Task<Ok<PepDetails>> AssessAsync(Guid pepId, AssessPepRequest body, AssessPepHandler assess, ClaimsPrincipal caller, CancellationToken ct) =>
        TypedResults.Ok(await assess.HandleAsync(pepId, body, caller, ct));

    /// <summary>The configured checklist as a reviewer's form needs it.</summary>
    public sealed record QualityChecklist(IReadOnlyList<QualityCheck> Items, decimal GreenFromPercent, decimal AmberFromPercent, string AdequateFrom)
    {
        public static QualityChecklist Of(PepQualityOptions options) =>
            new(options.Checklist, options.GreenFromPercent, options.AmberFromPercent, options.AdequateFrom.ToString().ToLowerInvariant());
    }
}
