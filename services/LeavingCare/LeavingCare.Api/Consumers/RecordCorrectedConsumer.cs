using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using LeavingCare.Api.Commands;
using LeavingCare.Api.Infrastructure;
using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Consumers;

/// <summary>
/// A past record corrected in Placements (docs/leaving-care.md §2.1): a date of birth, a period's start or end (an end
/// corrected to none reopens it), the reason it ended, an episode's start or legal status change the history, and the
/// category is evaluated again at once. Other fields do not bear on status. A correction about a child not known here is
/// left to the child's other events.
/// </summary>
public sealed class RecordCorrectedConsumer(LeavingCareDbContext db, RecordCareChange record, TimeProvider clock)
    : IdempotentConsumer<RecordCorrected, LeavingCareDbContext>(db, clock)
{
    protected override async Task HandleAsync(RecordCorrected message, CancellationToken cancellationToken)
    {
        if (await YoungPeople.LockIfKnownAsync(Db, message.ChildId, cancellationToken) is not { } person)
        {
            return;
        }

        var (from, to, at) = (CorrectedValue.AsDate(message.CorrectedFrom), CorrectedValue.AsDate(message.CorrectedTo), message.OccurredAt);
        if (message.Field == "date_of_birth" && to is { } born)
        {
            person.DateOfBirth = born;
            record.Apply(person, changes => changes);
            return;
        }

        if (message.PeriodOfCareId is not { } period)
        {
            return;
        }

        Func<IReadOnlyList<CareChange>, IReadOnlyList<CareChange>>? change = message.Field switch
        {
            "period.started_on" or "episode.starts_on" when from is { } day => c => CareTimeline.Moved(c, period, inCare: true, day, to, at),
            "period.ended_on" when from is { } day => c => CareTimeline.Moved(c, period, inCare: false, day, to, at),
            "period.ended_on" when to is { } day => c => CareTimeline.With(c, CareChange.Ended(period, day, ReasonOnRecord(c, period), at)),
            "period.reason_ceased" when message.CorrectedTo is { } reason => c => CareTimeline.Rewritten(c, period, null, null, reason, at),
            "episode.legal_status" when message.CorrectedTo is { } status => c => CareTimeline.Rewritten(c, period, message.EpisodeStartsOn, status, null, at),
            _ => null,
        };
        if (change is not null)
        {
            record.Apply(person, change);
        }
    }

    /// <summary>A period ended by correction takes a reason from its own correction; until that arrives, "not known".</summary>
    private static string ReasonOnRecord(IReadOnlyList<CareChange> changes, Guid period) =>
        changes.FirstOrDefault(c => c.PeriodOfCareId == period && !c.InCare)?.ReasonEnded ?? "not known";
}
