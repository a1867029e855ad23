using CorporateParenting.Audit;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Placements.Api.Infrastructure;
using Placements.Api.Model;
using Placements.Domain;

namespace Placements.Api.Application;

/// <summary>
/// How every case-system command is applied: idempotent on its client request id, one command per child at a
/// time, the child's history replayed through <see cref="CareHistory"/> (which enforces the SSDA903 rules), and the
/// new rows, the integration event, the audit row and the processed-command marker committed together.
/// </summary>
public sealed class CareCommandRunner(PlacementsDbContext db, IAuditTrail audit, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public PlacementsDbContext Db => db;

    public string OurAuthorityCode => authority.Value.Code;

    public async Task<CareCommandResult> RunAsync<TChange>(CareCommand<TChange> command, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (command.EffectiveOn > today)
        {
            throw new RuleViolationException($"{command.Name} on {command.EffectiveOn:yyyy-MM-dd} is in the future; record it on or after the day it happens.");
        }
        if (await FirstResultAsync(command.ClientRequestId, command.Name, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({command.LockKey}))", cancellationToken);
            var result = await FirstResultAsync(command.ClientRequestId, command.Name, cancellationToken)
                ?? await ApplyAsync(command, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return result;
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A concurrent request won a race the lock does not cover (e.g. the same request id for another child).
            db.ChangeTracker.Clear();
            return await FirstResultAsync(command.ClientRequestId, command.Name, cancellationToken)
                ?? throw new ConflictException($"{command.Name} clashed with a simultaneous change; retry to see the child's current state.");
        }
    }

    private async Task<CareCommandResult> ApplyAsync<TChange>(CareCommand<TChange> command, CancellationToken cancellationToken)
    {
        var child = await command.LoadChildAsync(this, cancellationToken);
        var history = CareHistoryStore.Rehydrate(child, OurAuthorityCode);
        TChange change;
        try
        {
            change = command.Apply(child, history);
        }
        catch (CareRuleViolation violation)
        {
            throw new RuleViolationException(violation.Message);
        }
        CareHistoryStore.Store(history, child);
        var latest = history.Periods.Count > 0
            ? child.PeriodsOfCare.Single(p => p.StartedOn == history.Periods[^1].Start)
            : throw new RuleViolationException("The child has never been looked after by us; record an entry to care first.");
        var period = command.ChangedPeriodOfCareId?.Invoke(change) is { } changedId ? child.PeriodsOfCare.Single(p => p.Id == changedId) : latest;

        foreach (var integrationEvent in command.IntegrationEvents(child, period, change, clock.GetUtcNow()))
        {
            db.AddIntegrationEvent(integrationEvent);
        }
        db.ProcessedCommands.Add(new ProcessedCommand
        {
            ClientRequestId = command.ClientRequestId,
            Command = command.Name,
            ChildId = child.Id,
            PeriodOfCareId = period.Id,
            ProcessedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await audit.RecordAsync(new AuditEntry($"placements.v1.Placements/{command.Name}", "child", child.Id, period.Id.ToString()), cancellationToken);
        return new CareCommandResult(child.Id, period.Id);
    }

    public async Task<Child> LoadChildAsync(Guid childId, CancellationToken cancellationToken) =>
        await db.Children.Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes).Include(c => c.SocialWorkerAllocations)
            .AsSplitQuery()
            .SingleOrDefaultAsync(c => c.Id == childId, cancellationToken)
        ?? throw new NotFoundException("Child", childId);

    private async Task<CareCommandResult?> FirstResultAsync(string clientRequestId, string commandName, CancellationToken cancellationToken)
    {
        var earlier = await db.ProcessedCommands.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ClientRequestId == clientRequestId, cancellationToken);
        return earlier switch
        {
            null => null,
            { PeriodOfCareId: { } periodOfCareId } when earlier.Command == commandName => new CareCommandResult(earlier.ChildId, periodOfCareId),
            _ => throw new ConflictException($"client_request_id '{clientRequestId}' was already used for {earlier.Command}."),
        };
    }
}

public sealed record CareCommandResult(Guid ChildId, Guid PeriodOfCareId);

/// <summary>
/// One case-system command: which child it locks and loads, what it does to the history, what it announces, and which
/// period of care it changed when that is not the latest (a correction of the past).
/// </summary>
public sealed record CareCommand<TChange>(
    string Name,
    string ClientRequestId,
    string LockKey,
    DateOnly EffectiveOn,
    Func<CareCommandRunner, CancellationToken, Task<Child>> LoadChildAsync,
    Func<Child, CareHistory, TChange> Apply,
    Func<Child, Model.PeriodOfCare, TChange, DateTimeOffset, IEnumerable<object>> IntegrationEvents,
    Func<TChange, Guid?>? ChangedPeriodOfCareId = null);
