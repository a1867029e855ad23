using CorporateParenting.Audit;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Data;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Idempotency;
using Google.Protobuf;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Placements.Api.Infrastructure;

namespace Placements.Api.Commands;

/// <summary>
/// Begins what every case-system command needs around its own work: idempotency on the client request id, one command
/// per child at a time (a PostgreSQL advisory lock), and one transaction for its rows, events, audit row and marker.
/// </summary>
public sealed class CareCommandSessions(PlacementsDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public Task<CareCommandSession> BeginForChildAsync(string command, string clientRequestId, IMessage request, Guid childId, CancellationToken cancellationToken) =>
        BeginAsync(command, clientRequestId, request, CareCommandSession.ChildLock(childId), cancellationToken);

    /// <summary>For a command that names the child by case reference, before it has (or we know) a ChildId.</summary>
    public Task<CareCommandSession> BeginForCaseAsync(string command, string clientRequestId, IMessage request, string caseReference, CancellationToken cancellationToken) =>
        BeginAsync(command, clientRequestId, request, $"case:{caseReference}", cancellationToken);

    private async Task<CareCommandSession> BeginAsync(string command, string clientRequestId, IMessage request, string lockKey, CancellationToken cancellationToken)
    {
        var session = new CareCommandSession(db, audit, clock, command, clientRequestId, RequestFingerprint.Of(request));
        if (await session.FirstResponseAsync(cancellationToken) is { } earlier)
        {
            return session.WithFirstResponse(earlier);
        }
        try
        {
            await session.BeginTransactionAsync(lockKey, cancellationToken);
            return session.WithFirstResponse(await session.FirstResponseAsync(cancellationToken));
        }
        catch
        {
            await session.DisposeAsync();
            throw;
        }
    }
}

/// <summary>
/// One command's transaction. A handler returns <see cref="FirstResponse"/> when it is set (a retry), and otherwise
/// loads, applies the domain and ends with <see cref="CompleteAsync"/>; disposing without completing rolls back.
/// </summary>
public sealed class CareCommandSession(
    PlacementsDbContext db, IAuditTrail audit, TimeProvider clock, string command, string clientRequestId, string fingerprint)
    : IAsyncDisposable
{
    private IDbContextTransaction? _transaction;

    /// <summary>The response of the first command with this client request id: nothing else is to be done.</summary>
    public CareCommandResponse? FirstResponse { get; private set; }

    public static string ChildLock(Guid childId) => $"child:{childId}";

    /// <summary>Also serialise with the commands addressed to this child by its ChildId.</summary>
    public Task LockChildAsync(Guid childId, CancellationToken cancellationToken) => LockAsync(ChildLock(childId), cancellationToken);

    public async Task<CareCommandResponse> CompleteAsync(
        ChildRow child, PeriodOfCareRow period, IEnumerable<object> integrationEvents, CancellationToken cancellationToken)
    {
        child.ChangedAt = ChildRow.VersionAt(clock.GetUtcNow()); // the child's version: not before its events' OccurredAt
        foreach (var integrationEvent in integrationEvents)
        {
            db.AddIntegrationEvent(integrationEvent);
        }
        db.ProcessedCommands.Add(new ProcessedCommandRow
        {
            ClientRequestId = clientRequestId, Command = command, ChildId = child.Id, PeriodOfCareId = period.Id, ProcessedAt = clock.GetUtcNow(),
            RequestFingerprint = fingerprint,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.IsUniqueViolation())
        {
            // A concurrent request won a race the lock does not cover (e.g. the same request id for another child).
            await DisposeAsync();
            db.ChangeTracker.Clear();
            return await FirstResponseAsync(cancellationToken)
                ?? throw new ConflictException($"{command} clashed with a simultaneous change; retry to see the child's current state.");
        }
        await audit.RecordAsync(new AuditEntry($"placements.v1.Placements/{command}", "child", child.Id, period.Id.ToString()), cancellationToken);
        await _transaction!.CommitAsync(cancellationToken);
        return Response(child.Id, period.Id);
    }

    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    internal CareCommandSession WithFirstResponse(CareCommandResponse? firstResponse)
    {
        FirstResponse = firstResponse;
        return this;
    }

    internal async Task BeginTransactionAsync(string lockKey, CancellationToken cancellationToken)
    {
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await LockAsync(lockKey, cancellationToken);
    }

    internal async Task<CareCommandResponse?> FirstResponseAsync(CancellationToken cancellationToken)
    {
        var earlier = await db.ProcessedCommands.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ClientRequestId == clientRequestId, cancellationToken);
        return earlier switch
        {
            null => null,
            { PeriodOfCareId: { } periodOfCareId } when earlier.Command == command && RequestFingerprint.SameContent(earlier.RequestFingerprint, fingerprint)
                => Response(earlier.ChildId, periodOfCareId),
            _ when earlier.Command == command => throw new ConflictException(RequestFingerprint.DiffersMessage(clientRequestId, command)),
            _ => throw new ConflictException($"client_request_id '{clientRequestId}' was already used for {earlier.Command}."),
        };
    }

    private async Task LockAsync(string key, CancellationToken cancellationToken) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({key}))", cancellationToken);

    private static CareCommandResponse Response(Guid childId, Guid periodOfCareId) =>
        new() { ChildId = childId.ToString(), PeriodOfCareId = periodOfCareId.ToString() };
}
