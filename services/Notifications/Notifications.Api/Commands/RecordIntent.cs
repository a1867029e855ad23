using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Notifications.Api.Infrastructure;
using Notifications.Api.Options;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Commands;

/// <summary>
/// POST /api/notifications/outbound/intents: a placement approved but not yet started (reg 11): the child (our id, names,
/// date of birth), the host authority, the planned start (not before today), the placement type and postcode, and who
/// approved it (approverRole nominated-officer, or dcs for a placement at a distance).
/// </summary>
public sealed record RecordIntentRequest(
    string? ChildId, string? GivenName, string? FamilyName, string? DateOfBirth, string? HostAuthorityCode, string? PlannedStartOn,
    string? PlacementType, string? PlacementPostcode, string? ApprovedBy, string? ApproverRole);

/// <summary>Records an intent: the notice to the host is due by the planned start, and the placement event confirms it (docs/out-of-area.md §9).</summary>
public sealed class RecordIntentHandler(
    NotificationsDbContext db, OutboundPlacements outbound, NoticeDeadlines deadlines, IAuditTrail audit, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public static readonly string[] ApproverRoles = ["nominated-officer", "dcs"];

    public async Task<OutboundNotificationRow> HandleAsync(RecordIntentRequest request, CancellationToken ct)
    {
        var today = clock.Today();
        var errors = new FieldErrors();
        var childId = errors.RequiredGuid("childId", request.ChildId);
        var given = errors.Required("givenName", request.GivenName, maxLength: 100, TextKind.PersonName);
        var family = errors.Required("familyName", request.FamilyName, maxLength: 100, TextKind.PersonName);
        var born = errors.RequiredDate("dateOfBirth", request.DateOfBirth, DateKind.Birth, today);
        var host = errors.Required("hostAuthorityCode", request.HostAuthorityCode, maxLength: 9, TextKind.Reference);
        errors.CheckAuthorityCode("hostAuthorityCode", host);
        if (host == authority.Value.Code)
        {
            errors.Add("hostAuthorityCode", $"is our own area ({authority.Value.Name}): a placement here needs no notice to another authority.");
        }
        var start = errors.RequiredDate("plannedStartOn", request.PlannedStartOn, DateKind.Event, today);
        if (start < today)
        {
            errors.Add("plannedStartOn", $"is before today ({today:yyyy-MM-dd}): an intent is recorded before the placement starts; a placement that has started comes from Placements.");
        }
        var placementType = errors.OneOf("placementType", request.PlacementType, [.. Ssda903Codes.PlacementType]);
        var postcode = errors.CheckPostcode("placementPostcode", errors.Optional("placementPostcode", request.PlacementPostcode, maxLength: 8));
        var approvedBy = errors.Required("approvedBy", request.ApprovedBy, maxLength: 200, TextKind.PersonName);
        var role = errors.OneOf("approverRole", request.ApproverRole, ApproverRoles);
        errors.ThrowIfAny();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var held = await outbound.LockedAsync(childId, ct);
        if (held.Any(n => n.StartsOn == start))
        {
            throw new ConflictException($"A notification for this child's placement from {start:yyyy-MM-dd} is already held.");
        }
        var row = outbound.NewRow(childId, given, family, born, host, placementType, OutboundPlacement.Intended(start, deadlines));
        (row.PlacementPostcode, row.ApprovedBy, row.ApproverRole) = (postcode, approvedBy, role);
        db.OutboundNotifications.Add(row);
        await audit.RecordAsync(new AuditEntry("RecordOutboundIntent", OutboundNotices.RecordKind, childId, row.Id.ToString()), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return row;
    }
}
