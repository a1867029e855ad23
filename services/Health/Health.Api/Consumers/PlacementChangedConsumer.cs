using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Inbox;
using Health.Api.Infrastructure;
using Health.Domain;

namespace Health.Api.Consumers;

/// <summary>
/// Moves the child's open items to the team for the new placement's area. The items themselves stay as they are:
/// a move within the period of care changes no deadline (docs/health.md §2).
/// </summary>
public sealed class PlacementChangedConsumer(HealthDbContext db, TimeProvider clock)
    : IdempotentConsumer<PlacementChanged, HealthDbContext>(db, clock)
{
    protected override async Task HandleAsync(PlacementChanged message, CancellationToken cancellationToken)
    {
        var child = await HealthChildren.UpsertAsync(Db, message.ChildId, message.GivenName, message.FamilyName, message.DateOfBirth,
            message.PlacementAuthorityCode, message.IsOutOfArea, message.OccurredAt, cancellationToken);
        var period = await HealthChildren.PeriodAsync(Db, child, message.PeriodOfCareId, cancellationToken);
        period.IsShortBreaks &= InitialHealthAssessment.IsShortBreaks(message.LegalStatus);
    }
}
