using CorporateParenting.Calendar;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>A validated <c>RecordCareEnded</c> request: DEC and REC close the period of care.</summary>
public sealed record RecordCareEnded(string ClientRequestId, Guid ChildId, DateOnly EndedOn, string ReasonCeased)
{
    public const string Name = "RecordCareEnded";

    public static RecordCareEnded Validate(RecordCareEndedRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new RecordCareEnded(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.RequiredDate("ended_on", request.EndedOn, DateKind.Event, today),
            errors.OneOf("reason_ceased", request.ReasonCeased, [.. ReasonEpisodeCeased.All]));
        errors.ThrowIfAny();
        return command;
    }
}

public sealed class RecordCareEndedHandler(CareCommandSessions sessions, PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public async Task<CareCommandResponse> HandleAsync(RecordCareEndedRequest request, CancellationToken cancellationToken)
    {
        var command = RecordCareEnded.Validate(request, clock.Today());
        NotInTheFuture.Check(RecordCareEnded.Name, command.EndedOn, clock.Today());
        await using var session = await sessions.BeginForChildAsync(RecordCareEnded.Name, command.ClientRequestId, request, command.ChildId, cancellationToken);
        if (session.FirstResponse is { } first)
        {
            return first;
        }

        var child = await db.LoadChildAsync(command.ChildId, cancellationToken);
        var history = CareHistoryStore.Rehydrate(child, authority.Value.Code);
        var ended = history.EndCare(command.EndedOn, command.ReasonCeased);
        CareHistoryStore.Store(history, child);

        var period = CareHistoryStore.LatestPeriod(child);
        return await session.CompleteAsync(child, period, [IntegrationEvents.Of(ended, child, period, clock.GetUtcNow())], cancellationToken);
    }
}
