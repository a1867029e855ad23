using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Options;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Apis;

/// <summary>
/// What the Virtual School sees (docs/virtual-school.md §7): a pupil's attendance calendar, the worklist of same-day
/// alerts, and the cohort measures, exact for the Virtual School and with small numbers suppressed for everyone else.
/// </summary>
public static class AttendanceApi
{
    public sealed record Resolution(string? Note);

    public static RouteGroupBuilder MapAttendanceApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/virtual-school").WithTags("Virtual School attendance");

        group.MapGet("/pupils/{pupilId:guid}/attendance", PupilAttendanceAsync).RequireAuthorization(Policies.ReadVirtualSchool)
            .WithName("GetPupilAttendance")
            .WithSummary("A pupil's attendance calendar: every mark with its code, category, source and the marks it superseded, and the summary for the default period")
            .WithDescription("from and to (yyyy-MM-dd) are optional: the default period's days when blank.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/worklist", WorklistAsync).RequireAuthorization(Policies.ReadVirtualSchool)
            .WithName("GetVirtualSchoolWorklist")
            .WithSummary("Open alerts, newest first, with the open alerts of each kind")
            .WithDescription("Filters: kind (unauthorised-absence, persistent-absence, severe-absence, excluded, mark-missing), urn, " +
                "responsibility (ours, placed-here), date (yyyy-MM-dd, the day the alert is about); page and pageSize (1-200).")
            .ProducesValidationProblem();

        group.MapPost("/worklist/{alertId:long}/resolve", ResolveAsync).RequireAuthorization(Policies.WriteVirtualSchool)
            .WithName("ResolveVirtualSchoolAlert")
            .WithSummary("Marks an alert dealt with, with a note; it leaves the worklist and is never raised again")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/measures", MeasuresAsync).RequireAuthorization(Policies.ReadAggregates)
            .WithName("GetVirtualSchoolMeasures")
            .WithSummary("Cohort measures for a period, ours and placed here separately: attendance, persistent and severe absence, suspensions and exclusions")
            .WithDescription("period: term, year-to-date or rolling (the configured default when blank); on: the day the period ends (yyyy-MM-dd, today when blank). " +
                "Exact for the virtual-school role; for everyone else counts under the configured threshold are shown as \"c\".")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        return group;
    }

    private static async Task<Results<Ok<PupilAttendance>, NotFound>> PupilAttendanceAsync(
        Guid pupilId, GetPupilAttendanceHandler attendance, IAuditTrail audit, TimeProvider clock, CancellationToken ct, string? from = null, string? to = null)
    {
        var today = clock.Today();
        var (first, last) = GetPupilAttendanceQuery.From(from, to, today);
        if (await attendance.HandleAsync(pupilId, first, last, today, ct) is not { } calendar)
        {
            return TypedResults.NotFound();
        }

        await audit.RecordAsync(new AuditEntry("GET /api/virtual-school/pupils/{id}/attendance", "attendance", pupilId), ct);
        return TypedResults.Ok(calendar);
    }

    private static async Task<Ok<Worklist>> WorklistAsync(
        ListWorklistHandler worklist, IAuditTrail audit, TimeProvider clock, CancellationToken ct,
        string? kind = null, string? urn = null, string? responsibility = null, string? date = null, int page = 1, int pageSize = 50)
    {
        var list = await worklist.HandleAsync(WorklistFilter.From(kind, urn, responsibility, date, page, pageSize, clock.Today()), ct);
        await audit.RecordAsync(new AuditEntry("GET /api/virtual-school/worklist", "attendance-alert", null, $"{list.Items.Count} items"), ct);
        return TypedResults.Ok(list);
    }

    private static async Task<Ok<ResolvedAlert>> ResolveAsync(
        long alertId, Resolution body, ResolveAlertHandler resolve, IAuditTrail audit, HttpContext http, CancellationToken ct)
    {
        var caller = PlatformClaims.SubjectOf(http.User);
        var resolved = await resolve.HandleAsync(ResolveAlertCommand.From(alertId, body?.Note, caller), ct);
        await audit.RecordAsync(new AuditEntry("POST /api/virtual-school/worklist/{id}/resolve", "attendance-alert", resolved.PupilId, $"{resolved.Id}"), ct);
        return TypedResults.Ok(resolved);
    }

    private static async Task<Ok<PublishedMeasures>> MeasuresAsync(
        GetCohortMeasuresHandler measures, IOptions<MeasureOptions> options, HttpContext http, TimeProvider clock, CancellationToken ct,
        string? period = null, string? on = null)
    {
        var (kind, day) = GetCohortMeasuresQuery.From(period, on, clock.Today());
        var figures = await measures.HandleAsync(kind, day, ct);
        var exact = http.User.IsInRole(Roles.VirtualSchool);
        return TypedResults.Ok(PublishedMeasures.Of(figures, exact ? null : options.Value.SmallNumberThreshold));
    }
}
