using System.Security.Claims;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Apis;

/// <summary>The Virtual School's pupils and their enrolments, for its staff. Every read of a pupil is audited.</summary>
public static class PupilsApi
{
    public const string Prefix = "/api/virtual-school";

    public static RouteGroupBuilder MapPupilsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Prefix).WithTags("Pupils");
        group.MapGet("/pupils", ListAsync).RequireAuthorization(Policies.ReadVirtualSchool).WithName("ListPupils")
            .WithSummary("Pupils by name, with year group, stage and school today")
            .WithDescription("Filters: school (URN of the current single or main enrolment), yearGroup (Reception 0 ... Year 13 13), " +
                "responsibility (ours, placed-here), absenceBand (none, persistent: 10% or more, severe: 50% or more, over the default period), " +
                "current (default true), page, pageSize.")
            .ProducesValidationProblem();
        group.MapGet("/pupils/{pupilId:guid}", GetAsync).RequireAuthorization(Policies.ReadVirtualSchool).WithName("GetPupil")
            .WithSummary("One pupil with every enrolment and its corrections").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/pupils/{pupilId:guid}/enrolments", EnrolAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("RecordEnrolment")
            .WithSummary("Puts a pupil on a provision's roll: urn, startsOn, endsOn (optional), registration (single, dual-main, dual-subsidiary)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/enrolments/{enrolmentId:guid}/corrections", CorrectAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("CorrectEnrolment")
            .WithSummary("Corrects an enrolment's urn, startsOn, endsOn or registration, with a reason; version (optional) refuses a stale correction")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapPost("/enrolments/{enrolmentId:guid}/end", EndAsync).RequireAuthorization(Policies.WriteVirtualSchool).WithName("EndEnrolment")
            .WithSummary("The pupil left the provision: endsOn and a reason, kept as a correction")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return group;
    }

    private static async Task<Ok<Page<PupilSummary>>> ListAsync(
        ListPupilsHandler pupils, TimeProvider clock, CancellationToken ct,
        string? school = null, int? yearGroup = null, string? responsibility = null, bool current = true, int page = 1, int pageSize = 50,
        string? absenceBand = null) =>
        TypedResults.Ok(await pupils.HandleAsync(PupilFilter.From(school, yearGroup, responsibility, current, page, pageSize, absenceBand), clock.Today(), ct));

    private static async Task<Ok<PupilDetails>> GetAsync(Guid pupilId, GetPupilHandler pupil, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await pupil.HandleAsync(pupilId, clock.Today(), "GET /api/virtual-school/pupils/{id}", ct));

    private static async Task<Created<EnrolmentView>> EnrolAsync(
        Guid pupilId, EnrolmentRequest body, ClaimsPrincipal caller, RecordEnrolmentHandler enrol, CancellationToken ct)
    {
        var enrolment = await enrol.HandleAsync(pupilId, body, caller, ct);
        return TypedResults.Created($"{Prefix}/pupils/{pupilId}", enrolment);
    }

    private static async Task<Ok<EnrolmentView>> CorrectAsync(
        Guid enrolmentId, EnrolmentCorrectionRequest body, ClaimsPrincipal caller, CorrectEnrolmentHandler correct, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await correct.HandleAsync(CorrectEnrolment.Validate(enrolmentId, body, clock.Today()), caller, ct));

    private static async Task<Ok<EnrolmentView>> EndAsync(
        Guid enrolmentId, EndEnrolmentRequest body, ClaimsPrincipal caller, CorrectEnrolmentHandler correct, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await correct.HandleAsync(body.Validate(enrolmentId, clock.Today()), caller, ct));
}
