using System.ComponentModel;
using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Queries;

namespace Placements.Api.Apis;

/// <summary>Read-only register of children we look after, for staff.</summary>
public static class ChildrenApi
{
    public static IEndpointRouteBuilder MapChildrenApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/children").WithTags("Children").RequireAuthorization(Policies.ReadChildRegister);
        group.MapGet("/", ListAsync).WithName("ListChildren")
            .WithSummary("Children looked after on a date (default today), by family name; optionally one placement type, inside or outside our area.");
        group.MapGet("/{childId:guid}", GetAsync).WithName("GetChildTimeline")
            .WithSummary("A child's full care timeline: periods of care, episodes and social workers.");
        return app;
    }

    public static async Task<Ok<Page<ChildOnDate>>> ListAsync(
        ChildRegister register, IAuditTrail audit, TimeProvider clock, CancellationToken cancellationToken,
        [Description("yyyy-MM-dd; default today")] string? lookedAfterOn = null,
        [Description("SSDA903 PLACE code")] string? placementType = null,
        [Description("true: placed outside our area only; false: inside only")] bool? outOfArea = null,
        int page = 1, int pageSize = 50)
    {
        var errors = new FieldErrors();
        var filter = RegisterFilter.Parse(errors, lookedAfterOn, placementType, outOfArea, clock.Today());
        errors.ThrowIfAny();
        var (skip, take) = Paging.Validate(page, pageSize);

        var query = register.LookedAfterOn(filter);
        var items = await query.Skip(skip).Take(take).ToListAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry("GET /api/children", "child", null), cancellationToken);
        return TypedResults.Ok(new Page<ChildOnDate>(items, await query.CountAsync(cancellationToken)));
    }

    public static async Task<Ok<ChildTimeline>> GetAsync(Guid childId, GetChildTimelineHandler timeline, CancellationToken cancellationToken) =>
        TypedResults.Ok(await timeline.HandleAsync(childId, cancellationToken));
}
