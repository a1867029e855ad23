using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Validation;

namespace Placements.Api.Queries;

/// <summary>Which children a register listing shows: looked after on a date, optionally one placement type, inside or outside our area.</summary>
public sealed record RegisterFilter(DateOnly LookedAfterOn, string? PlacementType, bool? OutOfArea)
{
    public static RegisterFilter Parse(FieldErrors errors, string? lookedAfterOn, string? placementType, bool? outOfArea, DateOnly today)
    {
        var date = string.IsNullOrWhiteSpace(lookedAfterOn) ? today : errors.RequiredDate("lookedAfterOn", lookedAfterOn);
        var type = string.IsNullOrWhiteSpace(placementType) ? null : errors.OneOf("placementType", placementType, [.. Ssda903Codes.PlacementType]);
        return new RegisterFilter(date, type, outOfArea);
    }
}
