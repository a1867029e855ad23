using CorporateParenting.Calendar;
using CorporateParenting.CodeLists;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Placements.Api.Infrastructure;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>A validated <c>AllocateSocialWorker</c> request: the new allocation ends the previous one that day; its reason is SW_REASON.</summary>
public sealed record AllocateSocialWorker(
    string ClientRequestId, Guid ChildId, string SocialWorkerId, string SocialWorkerName, DateOnly AllocatedOn, string? ReasonForChange)
{
    public const string Name = "AllocateSocialWorker";

    public static AllocateSocialWorker Validate(AllocateSocialWorkerRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new AllocateSocialWorker(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference),
            errors.RequiredGuid("child_id", request.ChildId),
            errors.Required("social_worker_id", request.SocialWorkerId, maxLength: 50, TextKind.Reference),
            errors.Required("social_worker_name", request.SocialWorkerName, maxLength: 200, TextKind.PersonName),
            errors.RequiredDate("allocated_on", request.AllocatedOn, DateKind.Event, today),
            errors.OptionalOneOf("reason_for_change", request.ReasonForChange, [.. Ssda903Codes.SocialWorkerChangeReason]));
        errors.ThrowIfAny();
        return command;
    }
}

public sealed class AllocateSocialWorkerHandler(CareCommandSessions sessions, PlacementsDbContext db, TimeProvider clock)
{
    public async Task<CareCommandResponse> HandleAsync(AllocateSocialWorkerRequest request, CancellationToken cancellationToken)
    {
        var command = AllocateSocialWorker.Validate(request, clock.Today());
        NotInTheFuture.Check(AllocateSocialWorker.Name, command.AllocatedOn, clock.Today());
        await using var session = await sessions.BeginForChildAsync(AllocateSocialWorker.Name, command.ClientRequestId, request, command.ChildId, cancellationToken);
        if (session.FirstResponse is { } first)
        {
            return first;
        }

        var child = await db.LoadChildAsync(command.ChildId, cancellationToken);
        var latest = child.SocialWorkerAllocations.MaxBy(a => a.StartsOn);
        var allocated = OneSocialWorkerAtATime.Allocate(child.DateOfBirth,
            latest is null ? null : new AllocatedSocialWorker(latest.SocialWorkerId, latest.SocialWorkerName, latest.StartsOn, latest.EndsOn),
            command.SocialWorkerId, command.SocialWorkerName, command.AllocatedOn, command.ReasonForChange);
        if (latest is { EndsOn: null })
        {
            latest.EndsOn = allocated.Date;
        }
        child.SocialWorkerAllocations.Add(new SocialWorkerAllocationRow
        {
            Id = Guid.CreateVersion7(),
            ChildId = child.Id,
            SocialWorkerId = allocated.SocialWorkerId,
            SocialWorkerName = allocated.SocialWorkerName,
            StartsOn = allocated.Date,
            Reason = allocated.Reason,
        });

        var period = CareHistoryStore.LatestPeriod(child);
        return await session.CompleteAsync(child, period, [IntegrationEvents.Of(allocated, child, clock.GetUtcNow())], cancellationToken);
    }
}
