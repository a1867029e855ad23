using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Health.Api.Commands;
using Health.Api.Infrastructure;

namespace Health.Api.Consumers;

/// <summary>
/// Closes the period of care and cancels what is still open in it: nothing is left orphaned on a worklist. If this
/// arrives before the period's start (events out of order), the recorded end stops an IHA being opened later.
/// </summary>
public sealed class ChildLeftCareConsumer(HealthDbContext db, AssessmentCancellation cancellation, TimeProvider clock)
    : IdempotentConsumer<ChildLeftCare, HealthDbContext>(db, clock)
{
    public const string CancelledBecause = "The child left care.";

    protected override async Task HandleAsync(ChildLeftCare message, CancellationToken cancellationToken)
    {
        var child = await HealthChildren.UpsertAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            placementAuthorityCode: string.Empty, isOutOfArea: false, DateTimeOffset.MinValue, cancellationToken);
        var period = await HealthChildren.PeriodAsync(Db, child, message.PeriodOfCareId, cancellationToken);
        period.StartedOn ??= message.EnteredCareOn;
        period.EndedOn = message.LeftCareOn;

        await cancellation.CancelOpenAsync(a => a.PeriodOfCareId == period.Id, message.LeftCareOn, CancelledBecause,
            $"left-care:{message.PeriodOfCareId}", "ChildLeftCare consumed", cancellationToken);
    }
}
