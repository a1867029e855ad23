using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>A validated <c>RecordLegalStatusChange</c> request: a new legal status (RNE L).</summary>
public sealed record RecordLegalStatusChange(string ClientRequestId, Guid ChildId, DateOnly ChangedOn, string LegalStatus)
{
    public const string Name = "RecordLegalStatusChange";

    public static RecordLegalStatusChange Validate(RecordLegalStatusChangeRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new RecordLegalStatusChange(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.RequiredDate("changed_on", request.ChangedOn, DateKind.Event, today),
            errors.OneOf("legal_status", request.LegalStatus, [.. Ssda903Codes.LegalStatus]));
        errors.ThrowIfAny();
        return command;
    }
}

public sealed class RecordLegalStatusChangeHandler(CareCommandSessions sessions, PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public async Task<CareCommandResponse> HandleAsync(RecordLegalStatusChangeRequest request, CancellationToken cancellationToken)
    {
        var command = RecordLegalStatusChange.Validate(request, clock.Today());
        NotInTheFuture.Check(RecordLegalStatusChange.Name, command.ChangedOn, clock.Today());
        await using var session = await sessions.BeginForChildAsync(RecordLegalStatusChange.Name, command.ClientRequestId, request, command.ChildId, cancellationToken);
        if (session.FirstResponse is { } first)
        {
            return first;
        }

        var child = await db.LoadChildAsync(command.ChildId, cancellationToken);
        var history = CareHistoryStore.Rehydrate(child, authority.Value.Code);
        var changed = history.ChangeLegalStatus(command.ChangedOn, command.LegalStatus);
        CareHistoryStore.Store(history, child);

        var period = CareHistoryStore.LatestPeriod(child);
        return await session.CompleteAsync(child, period, [IntegrationEvents.Of(changed, child, period, clock.GetUtcNow())], cancellationToken);
    }
}
