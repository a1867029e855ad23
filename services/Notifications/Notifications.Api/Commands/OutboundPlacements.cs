using System.Text.Json;
using CorporateParenting.Contracts.Placements;
using Microsoft.EntityFrameworkCore;
using Notifications.Api.Infrastructure;
using Notifications.Domain.Outbound;

namespace Notifications.Api.Commands;

/// <summary>A placement in another authority's area as Placements' events give it.</summary>
public sealed record OutOfAreaPlacement(
    Guid ChildId, Guid PeriodOfCareId, string GivenName, string FamilyName, DateOnly DateOfBirth, DateOnly StartsOn,
    string PlacementType, string? PlacementProvider, string? PlacementPostcode, string HostAuthorityCode, string? LegalStatus, bool IsEmergency);

/// <summary>
/// Outbound notifications kept in step with Placements' events (docs/out-of-area.md §9), in the consumer's transaction
/// and serialised per child (a transaction-scoped advisory lock): a placement in another area confirms the intent
/// recorded for it (the same host, planned within <see cref="IntentWindowDays"/> days) or opens a notification; a move
/// or the end of care ends the one open before that day. An event repeated changes nothing; a placement learnt after a
/// later one is ended where the later one began.
/// </summary>
public sealed class OutboundPlacements(NotificationsDbContext db, NoticeDeadlines deadlines, TimeProvider clock)
{
    public const int IntentWindowDays = 31;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task OpenAsync(OutOfAreaPlacement placement, CancellationToken ct)
    {
        var held = await LockedAsync(placement.ChildId, ct);
        if (held.Any(n => n.StartsOn == placement.StartsOn && n.State != Code(OutboundState.Intent)))
        {
            return;
        }

        var intent = held.Where(n => n.State == Code(OutboundState.Intent) && n.HostAuthorityCode == placement.HostAuthorityCode
                && Math.Abs(n.StartsOn.DayNumber - placement.StartsOn.DayNumber) <= IntentWindowDays)
            .MinBy(n => Math.Abs(n.StartsOn.DayNumber - placement.StartsOn.DayNumber));
        var row = intent ?? NewRow(placement.ChildId, placement.GivenName, placement.FamilyName, placement.DateOfBirth, placement.HostAuthorityCode,
            placement.PlacementType, OutboundPlacement.Placed(placement.StartsOn, placement.IsEmergency, deadlines));
        var state = intent is null ? StateOf(row) : StateOf(row).Confirm(placement.StartsOn, placement.IsEmergency, deadlines);
        (row.PeriodOfCareId, row.GivenName, row.FamilyName, row.DateOfBirth, row.PlacementType, row.PlacementProvider, row.PlacementPostcode, row.LegalStatus) =
            (placement.PeriodOfCareId, placement.GivenName, placement.FamilyName, placement.DateOfBirth, placement.PlacementType,
                placement.PlacementProvider, placement.PlacementPostcode, placement.LegalStatus);
        if (held.Where(n => n.State is "placed" or "ended" && n.StartsOn > placement.StartsOn).MinBy(n => n.StartsOn) is { } later)
        {
            state = state.End(later.StartsOn, deadlines);
        }
        Apply(row, state);
        if (intent is null)
        {
            db.OutboundNotifications.Add(row);
        }
    }

    public async Task EndAsync(Guid childId, DateOnly endedOn, CancellationToken ct)
    {
        var held = await LockedAsync(childId, ct);
        if (held.Where(n => n.State == Code(OutboundState.Placed) && n.StartsOn < endedOn).MaxBy(n => n.StartsOn) is { } open)
        {
            Apply(open, StateOf(open).End(endedOn, deadlines));
        }
    }

    /// <summary>
    /// A past record corrected in Placements (docs/out-of-area.md §9.1): the child's names and date of birth on every
    /// notification held; an episode's start, legal status or placement on the notification for that episode (the
    /// notice then due from the corrected start, and the placement the move ended ending on it too); a period's end on
    /// the notification it ended. Other fields do not bear on a notice.
    /// </summary>
    public async Task CorrectAsync(RecordCorrected correction, CancellationToken ct)
    {
        var held = await LockedAsync(correction.ChildId, ct);
        var (value, from, to) = (correction.CorrectedTo, CorrectedValue.AsDate(correction.CorrectedFrom), CorrectedValue.AsDate(correction.CorrectedTo));
        var episode = held.Where(n => n.State != Code(OutboundState.Intent) && n.StartsOn == correction.EpisodeStartsOn).ToList();
        Action<OutboundNotificationRow>? change = correction.Field switch
        {
            "given_name" when value is { } name => n => n.GivenName = name,
            "family_name" when value is { } name => n => n.FamilyName = name,
            "date_of_birth" when to is { } born => n => n.DateOfBirth = born,
            "episode.legal_status" => n => n.LegalStatus = episode.Contains(n) ? value : n.LegalStatus,
            "episode.placement_type" when value is { } type => n => n.PlacementType = episode.Contains(n) ? type : n.PlacementType,
            "episode.placement_provider" => n => n.PlacementProvider = episode.Contains(n) ? value : n.PlacementProvider,
            "episode.placement_postcode" => n => n.PlacementPostcode = episode.Contains(n) ? value : n.PlacementPostcode,
            "episode.starts_on" when from is { } old && to is { } day => n =>
            {
                if (n.StartsOn == old)
                {
                    Apply(n, StateOf(n).StartCorrected(day, deadlines));
                }
                else if (n.EndedOn == old)
                {
                    Apply(n, StateOf(n).EndCorrected(day, deadlines));
                }
            },
            "period.ended_on" when from is { } old => n =>
            {
                if (n.EndedOn == old)
                {
                    Apply(n, StateOf(n).EndCorrected(to, deadlines));
                }
            },
            _ => null,
        };
        foreach (var row in change is null ? [] : held)
        {
            change!(row);
            row.UpdatedAt = clock.GetUtcNow();
        }
    }

    /// <summary>A new row for a placement or an intent; the caller adds it.</summary>
    public OutboundNotificationRow NewRow(Guid childId, string givenName, string familyName, DateOnly dateOfBirth, string host, string placementType, OutboundPlacement state)
    {
        var now = clock.GetUtcNow();
        var row = new OutboundNotificationRow
        {
            Id = Guid.CreateVersion7(), ChildId = childId, GivenName = givenName, FamilyName = familyName, DateOfBirth = dateOfBirth,
            HostAuthorityCode = host, PlacementType = placementType, State = Code(state.State), Content = WriteContent(NoticeContent.None),
            CreatedAt = now, UpdatedAt = now, Version = 1,
        };
        Apply(row, state);
        return row;
    }

    public static OutboundPlacement StateOf(OutboundNotificationRow row) =>
        new(Enum.Parse<OutboundState>(row.State, ignoreCase: true), row.StartsOn, row.IsEmergency, row.PlacementNoticeDue, row.EndIntendedOn, row.EndedOn, row.EndNoticeDue);

    public void Apply(OutboundNotificationRow row, OutboundPlacement state)
    {
        (row.State, row.StartsOn, row.IsEmergency, row.PlacementNoticeDue, row.EndIntendedOn, row.EndedOn, row.EndNoticeDue) =
            (Code(state.State), state.StartsOn, state.IsEmergency, state.PlacementNoticeDue, state.EndIntendedOn, state.EndedOn, state.EndNoticeDue);
        row.UpdatedAt = clock.GetUtcNow();
    }

    public static string Code(OutboundState state) => state.ToString().ToLowerInvariant();

    public static NoticeContent ReadContent(string json) => JsonSerializer.Deserialize<NoticeContent>(json, Json) ?? NoticeContent.None;

    public static string WriteContent(NoticeContent content) => JsonSerializer.Serialize(content, Json);

    public static List<RecipientRecord> ReadRecipients(string json) => JsonSerializer.Deserialize<List<RecipientRecord>>(json, Json) ?? [];

    public static string WriteRecipients(IEnumerable<RecipientRecord> records) => JsonSerializer.Serialize(records, Json);

    /// <summary>The child's notifications other than withdrawn intents, with the child locked for the rest of the transaction.</summary>
    public async Task<List<OutboundNotificationRow>> LockedAsync(Guid childId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({childId.ToString()}, 9113))", ct);
        return await db.OutboundNotifications.Where(n => n.ChildId == childId && n.State != "withdrawn").ToListAsync(ct);
    }
}
