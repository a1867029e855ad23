using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Infrastructure;

namespace Placements.Api.Queries;

/// <summary><c>ListChildren</c>: the register as at a date, streamed; the listing is audited, not each child.</summary>
public sealed class ListChildrenHandler(ChildRegister register, IAuditTrail audit, TimeProvider clock)
{
    public async Task HandleAsync(ListChildrenRequest request, IServerStreamWriter<ChildSummary> responseStream, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        bool? outOfArea = request.Area switch
        {
            "" => null,
            "OUT_OF_AREA" => true,
            "IN_AREA" => false,
            _ => Invalid(errors, "area", "must be OUT_OF_AREA, IN_AREA or blank."),
        };
        var filter = RegisterFilter.Parse(errors, request.LookedAfterOn, request.PlacementType, outOfArea, clock.Today());
        errors.ThrowIfAny();

        await audit.RecordAsync(new AuditEntry("placements.v1.Placements/ListChildren", "child", null), cancellationToken);
        await foreach (var child in register.LookedAfterOn(filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            await responseStream.WriteAsync(ChildRecords.SummaryOf(child), cancellationToken);
        }
    }

    private static bool? Invalid(FieldErrors errors, string field, string reason)
    {
        errors.Add(field, reason);
        return null;
    }
}

/// <summary>Children looked after on a date, with the episode that held that day, filtered in the database (gRPC and REST).</summary>
public sealed class ChildRegister(PlacementsDbContext db)
{
    public IQueryable<ChildOnDate> LookedAfterOn(RegisterFilter filter) =>
        from child in db.Children.AsNoTracking()
        from period in child.PeriodsOfCare
        from episode in period.Episodes
        where episode.StartsOn <= filter.LookedAfterOn && (episode.EndsOn == null || episode.EndsOn > filter.LookedAfterOn)
            && (filter.PlacementType == null || episode.PlacementType == filter.PlacementType)
            && (filter.OutOfArea == null || episode.IsOutOfArea == filter.OutOfArea)
        orderby child.FamilyName, child.GivenName, child.Id
        select new ChildOnDate(child.Id, child.CaseReference, child.GivenName, child.FamilyName, child.DateOfBirth, child.Sex,
            period.StartedOn, episode.LegalStatus, episode.PlacementType, episode.PlacementAuthorityCode, episode.IsOutOfArea);
}

/// <summary>Which children a register listing shows: looked after on a date, optionally one placement type, inside or outside our area.</summary>
public sealed record RegisterFilter(DateOnly LookedAfterOn, string? PlacementType, bool? OutOfArea)
{
    public static RegisterFilter Parse(FieldErrors errors, string? lookedAfterOn, string? placementType, bool? outOfArea, DateOnly today)
    {
        var date = string.IsNullOrWhiteSpace(lookedAfterOn) ? today : errors.RequiredDate("lookedAfterOn", lookedAfterOn, DateKind.Event, today);
        var type = string.IsNullOrWhiteSpace(placementType) ? null : errors.OneOf("placementType", placementType, [.. Ssda903Codes.PlacementType]);
        return new RegisterFilter(date, type, outOfArea);
    }
}

/// <summary>A child in a register listing, with the codes of the episode that held on the listing's date.</summary>
public sealed record ChildOnDate(
    Guid ChildId,
    string CaseReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string Sex,
    DateOnly LookedAfterSince,
    string LegalStatus,
    string PlacementType,
    string PlacementAuthorityCode,
    bool IsOutOfArea);
