using CorporateParenting.Audit;
using CorporateParenting.Contracts.Placements;
using CorporateParenting.Messaging.Outbox;
using CorporateParenting.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Placements.Api.Infrastructure;
using CorporateParenting.CodeLists;
using Placements.Api.Model;

namespace Placements.Api.Application;

/// <summary>
/// Records that a child became looked after: the child (new to us, or returning) and a new period of care,
/// with <see cref="ChildEnteredCare"/> queued in the same transaction. Idempotent on the client request id.
/// </summary>
public sealed class RecordEntryToCareHandler(PlacementsDbContext db, IAuditTrail audit, IOptions<AuthorityOptions> authority, TimeProvider clock)
{
    public const string CommandName = "RecordEntryToCare";
    private const string AuditAction = "placements.v1.Placements/RecordEntryToCare";

    public async Task<EntryToCareRecorded> HandleAsync(EntryToCare command, CancellationToken cancellationToken)
    {
        if (await FirstResultAsync(command.ClientRequestId, cancellationToken) is { } earlier)
        {
            return earlier;
        }
        try
        {
            // One command per child at a time: a retry racing its original waits here, then finds the first result.
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtext({command.CaseReference}))", cancellationToken);
            var recorded = await FirstResultAsync(command.ClientRequestId, cancellationToken);
            if (recorded is null)
            {
                recorded = await RecordAsync(command, cancellationToken);
                await audit.RecordAsync(new AuditEntry(AuditAction, "child", recorded.ChildId, recorded.PeriodOfCareId.ToString()), cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
            return recorded;
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // A concurrent request won the race: the same retry returns its result; anything else is a real clash.
            db.ChangeTracker.Clear();
            return await FirstResultAsync(command.ClientRequestId, cancellationToken)
                ?? throw new ConflictException($"Child '{command.CaseReference}' was recorded by another request at the same moment; retry to see its current state.");
        }
    }

    private async Task<EntryToCareRecorded?> FirstResultAsync(string clientRequestId, CancellationToken cancellationToken)
    {
        var earlier = await db.ProcessedCommands.AsNoTracking()
            .SingleOrDefaultAsync(c => c.ClientRequestId == clientRequestId, cancellationToken);
        return earlier switch
        {
            null => null,
            { Command: CommandName, PeriodOfCareId: { } periodOfCareId } => new EntryToCareRecorded(earlier.ChildId, periodOfCareId),
            _ => throw new ConflictException($"client_request_id '{clientRequestId}' was already used for {earlier.Command}."),
        };
    }

    private async Task<EntryToCareRecorded> RecordAsync(EntryToCare command, CancellationToken cancellationToken)
    {
        var child = await db.Children.Include(c => c.PeriodsOfCare)
            .SingleOrDefaultAsync(c => c.CaseReference == command.CaseReference, cancellationToken);
        if (child is null)
        {
            child = new Child
            {
                Id = Guid.CreateVersion7(),
                CaseReference = command.CaseReference,
                GivenName = command.GivenName,
                FamilyName = command.FamilyName,
                DateOfBirth = command.DateOfBirth,
                Sex = command.Sex,
            };
            db.Children.Add(child);
        }
        EnsureCanStartPeriodOfCare(child, command);

        var period = new PeriodOfCare
        {
            Id = Guid.CreateVersion7(),
            ChildId = child.Id,
            StartedOn = command.EnteredCareOn,
            LegalStatus = command.LegalStatus,
            CategoryOfNeed = command.CategoryOfNeed,
            PlacementType = command.PlacementType,
            PlacementAuthorityCode = command.PlacementAuthorityCode,
            IsOutOfArea = command.PlacementAuthorityCode != authority.Value.Code,
        };
        child.PeriodsOfCare.Add(period);
        db.ProcessedCommands.Add(new ProcessedCommand
        {
            ClientRequestId = command.ClientRequestId,
            Command = CommandName,
            ChildId = child.Id,
            PeriodOfCareId = period.Id,
            ProcessedAt = clock.GetUtcNow(),
        });
        db.AddIntegrationEvent(new ChildEnteredCare(
            child.Id, period.Id, child.GivenName, child.FamilyName, child.DateOfBirth, period.StartedOn,
            period.LegalStatus, period.CategoryOfNeed, period.PlacementType, period.PlacementAuthorityCode,
            period.IsOutOfArea, clock.GetUtcNow()));

        await db.SaveChangesAsync(cancellationToken);
        return new EntryToCareRecorded(child.Id, period.Id);
    }

    private void EnsureCanStartPeriodOfCare(Child child, EntryToCare command)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (command.EnteredCareOn > today)
        {
            throw new RuleViolationException($"entered_care_on {command.EnteredCareOn:yyyy-MM-dd} is in the future; record entry to care on or after the day it happens.");
        }
        if (command.EnteredCareOn < child.DateOfBirth)
        {
            throw new RuleViolationException($"entered_care_on {command.EnteredCareOn:yyyy-MM-dd} is before the child's date of birth {child.DateOfBirth:yyyy-MM-dd}.");
        }
        if (Ssda903Codes.TemporaryPlacement.Contains(command.PlacementType))
        {
            throw new RuleViolationException($"A period of care cannot start with a temporary placement ({command.PlacementType}); record the child's first substantive placement (903 rule 380).");
        }
        var open = child.PeriodsOfCare.FirstOrDefault(p => p.EndedOn is null);
        if (open is not null)
        {
            throw new RuleViolationException($"Child '{child.CaseReference}' is already looked after since {open.StartedOn:yyyy-MM-dd}; record a placement change instead, or record the end of that period of care first.");
        }
        var latest = child.PeriodsOfCare.Max(p => p.EndedOn);
        if (latest is { } endedOn && command.EnteredCareOn <= endedOn)
        {
            throw new RuleViolationException($"Child '{child.CaseReference}' was looked after until {endedOn:yyyy-MM-dd}; a new period of care must start after that.");
        }
    }
}
