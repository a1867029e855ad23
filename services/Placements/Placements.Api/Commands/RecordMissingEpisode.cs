using CorporateParenting.Calendar;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Options;
using Placements.Domain;

namespace Placements.Api.Commands;

/// <summary>A validated <c>RecordMissingEpisode</c> request: missing or away from a date, and when it ended if it has.</summary>
public sealed record RecordMissingEpisode(string ClientRequestId, Guid ChildId, MissingEpisode Episode)
{
    public const string Name = "RecordMissingEpisode";

    public static RecordMissingEpisode Validate(RecordMissingEpisodeRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var command = new RecordMissingEpisode(
            errors.Required("client_request_id", request.ClientRequestId, maxLength: 100, TextKind.Reference),
            errors.RequiredGuid("child_id", request.ChildId),
            new MissingEpisode(
                errors.OneOf("missing", request.Missing, [.. MissingEpisode.Kinds]),
                errors.RequiredDate("started_on", request.StartedOn, DateKind.Event, today),
                errors.OptionalDate("ended_on", request.EndedOn, DateKind.Event, today)));
        errors.ThrowIfAny();
        return command;
    }
}

/// <summary>Records the episode against the child's care history and other missing episodes (rules in <see cref="CareHistory.RecordMissing"/>).</summary>
public sealed class RecordMissingEpisodeHandler(CareCommandSessions sessions, PlacementsDbContext db, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public async Task<CareCommandResponse> HandleAsync(RecordMissingEpisodeRequest request, CancellationToken cancellationToken)
    {
        var command = RecordMissingEpisode.Validate(request, clock.Today());
        await using var session = await sessions.BeginForChildAsync(RecordMissingEpisode.Name, command.ClientRequestId, request, command.ChildId, cancellationToken);
        if (session.FirstResponse is { } first)
        {
            return first;
        }

        var child = await db.LoadChildAsync(command.ChildId, cancellationToken);
        await db.Entry(child).Collection(c => c.MissingEpisodes).LoadAsync(cancellationToken);
        var history = CareHistoryStore.Rehydrate(child, authority.Value.Code);
        var recorded = child.MissingEpisodes.Select(m => new MissingEpisode(m.Kind, m.StartsOn, m.EndsOn)).ToList();
        history.RecordMissing(recorded, command.Episode);

        var episode = command.Episode;
        if (child.MissingEpisodes.SingleOrDefault(m => m.StartsOn == episode.Start) is { } row)
        {
            (row.Kind, row.EndsOn) = (episode.Kind, episode.End);
        }
        else
        {
            child.MissingEpisodes.Add(new MissingEpisodeRow
            {
                Id = Guid.CreateVersion7(), ChildId = child.Id, Kind = episode.Kind, StartsOn = episode.Start, EndsOn = episode.End,
            });
        }

        var period = child.PeriodsOfCare.Where(p => p.StartedOn <= episode.Start).MaxBy(p => p.StartedOn)!;
        return await session.CompleteAsync(child, period, [], cancellationToken);
    }
}
