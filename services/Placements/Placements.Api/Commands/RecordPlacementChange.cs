using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Domain;
using static Placements.Api.Commands.RequestFields;

namespace Placements.Api.Commands;

/// <summary>
/// A validated <c>RecordPlacementChange</c> request: a new placement (RNE P, or T with the same carers), made in an
/// emergency when <see cref="Emergency"/>.
/// </summary>
public sealed record RecordPlacementChange(
    string ClientRequestId, Guid ChildId, DateOnly ChangedOn, Placement Placement, string? ReasonForChange, bool SameCarers, bool Emergency)
{
    public const string Name = "RecordPlacementChange";

    public static RecordPlacementChange Validate(RecordPlacementChangeRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new RecordPlacementChange(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.RequiredDate("changed_on", request.ChangedOn, DateKind.Event, today),
            PlacementOf(errors, request.PlacementType, request.PlacementProvider, request.ProviderUrn, request.PlacementPostcode, request.PlacementAuthorityCode),
            errors.Optional("reason_for_change", request.ReasonForChange),
            request.SameCarers,
            request.Emergency);
        errors.ThrowIfAny();
        return command;
    }
}

public sealed class RecordPlacementChangeHandler(CareCommandSessions sessions, PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public async Task<CareCommandResponse> HandleAsync(RecordPlacementChangeRequest request, CancellationToken cancellationToken)
    {
        var command = RecordPlacementChange.Validate(request, clock.Today());
        NotInTheFuture.Check(RecordPlacementChange.Name, command.ChangedOn, clock.Today());
        await using var session = await sessions.BeginForChildAsync(RecordPlacementChange.Name, command.ClientRequestId, request, command.ChildId, cancellationToken);
        if (session.FirstResponse is { } first)
        {
            return first;
        }

        var child = await db.LoadChildAsync(command.ChildId, cancellationToken);
        var history = CareHistoryStore.Rehydrate(child, authority.Value.Code);
        var changed = history.ChangePlacement(
            command.ChangedOn, command.Placement, command.ReasonForChange, command.SameCarers ? Carers.Same : Carers.New, command.Emergency);
        CareHistoryStore.Store(history, child);

        var period = CareHistoryStore.LatestPeriod(child);
        return await session.CompleteAsync(child, period, [IntegrationEvents.Of(changed, child, period, clock.GetUtcNow())], cancellationToken);
    }
}
