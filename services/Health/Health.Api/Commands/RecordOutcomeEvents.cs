using CorporateParenting.Audit;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Errors;
using CorporateParenting.ServiceDefaults.Validation;
using Health.Api.Grpc;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Health.Domain;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Commands;

/// <summary>
/// The body of <c>POST</c> and <c>PUT /api/children/{childId}/outcome-events</c>: kind (SUBSTANCE_MISUSE_IDENTIFIED,
/// INTERVENTION_RECEIVED, INTERVENTION_REFUSED, CONVICTION, YOUTH_CAUTION, YOUTH_CONDITIONAL_CAUTION, NO_SDQ), the day
/// it happened, and for NO_SDQ the reason SDQ1–SDQ5.
/// </summary>
public sealed record OutcomeEventRequest(string? Kind, string? On, string? SdqReason)
{
    public static readonly string[] SdqReasonCodes = [.. Enum.GetValues<SdqReason>().Select(CodeOf)];

    public static string CodeOf(SdqReason reason) => reason.ToString().ToUpperInvariant();

    public OutcomeEvent Parse(DateOnly today)
    {
        var errors = new FieldErrors();
        var kind = ProtoEnum.Parse<OutcomeEventKind>(errors, "kind", Kind);
        var on = errors.RequiredDate("on", On, DateKind.Event, today);
        errors.NotAfterToday("on", on, today, "record what has happened once it has.");
        SdqReason? reason = null;
        if (kind == OutcomeEventKind.NoSdq)
        {
            int index = Array.IndexOf(SdqReasonCodes, SdqReason?.Trim());
            if (index < 0)
            {
                errors.Add("sdqReason", $"must be one of {string.Join(", ", SdqReasonCodes)}, the SSDA903 reasons no SDQ score is returned (rule 196).");
            }
            else
            {
                reason = Enum.GetValues<SdqReason>()[index];
            }
        }
        else if (!string.IsNullOrWhiteSpace(SdqReason))
        {
            errors.Add("sdqReason", "is only given with kind NO_SDQ.");
        }
        errors.ThrowIfAny();
        return new OutcomeEvent(kind!.Value, on, reason);
    }
}

/// <summary>
/// Records, corrects and removes a child's dated OC2 facts (docs/health.md §5.1). Each change is checked with the
/// child's other facts through the domain, under the child's row lock so two staff changing the same child's history
/// at once cannot together break a rule, and audited in the same transaction.
/// </summary>
public sealed class RecordOutcomeEventsHandler(HealthDbContext db, IAuditTrail audit, TimeProvider clock)
{
    public async Task<OutcomeEventRow> RecordAsync(Guid childId, OutcomeEventRequest request, string recordedBy, CancellationToken ct)
    {
        var fact = request.Parse(clock.Today());
        return await ChangeAsync(childId, "POST /api/children/{id}/outcome-events", ct, events =>
        {
            var row = new OutcomeEventRow { Id = Guid.CreateVersion7(), ChildId = childId, RecordedBy = recordedBy };
            Apply(row, fact, recordedBy);
            events.Add(row);
            db.OutcomeEvents.Add(row);
            return row;
        });
    }

    public async Task<OutcomeEventRow> CorrectAsync(Guid childId, Guid eventId, OutcomeEventRequest request, string recordedBy, CancellationToken ct)
    {
        var fact = request.Parse(clock.Today());
        return await ChangeAsync(childId, "PUT /api/children/{id}/outcome-events/{eventId}", ct, events =>
        {
            var row = events.SingleOrDefault(e => e.Id == eventId) ?? throw new NotFoundException("Outcome event", eventId);
            Apply(row, fact, recordedBy);
            return row;
        });
    }

    public async Task RemoveAsync(Guid childId, Guid eventId, CancellationToken ct) =>
        await ChangeAsync(childId, "DELETE /api/children/{id}/outcome-events/{eventId}", ct, events =>
        {
            var row = events.SingleOrDefault(e => e.Id == eventId) ?? throw new NotFoundException("Outcome event", eventId);
            events.Remove(row);
            db.OutcomeEvents.Remove(row);
            return row;
        });

    private void Apply(OutcomeEventRow row, OutcomeEvent fact, string recordedBy)
    {
        (row.Kind, row.OccurredOn, row.SdqReason) = (fact.Kind, fact.On, fact.SdqReason);
        (row.RecordedBy, row.RecordedAt) = (recordedBy, clock.GetUtcNow());
    }

    private async Task<OutcomeEventRow> ChangeAsync(
        Guid childId, string action, CancellationToken ct, Func<List<OutcomeEventRow>, OutcomeEventRow> change)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM children WHERE id = {childId} FOR UPDATE", ct);
        var child = await db.Children.SingleOrDefaultAsync(c => c.Id == childId, ct) ?? throw new NotFoundException("Child", childId);
        var events = await db.OutcomeEvents.Where(e => e.ChildId == childId).ToListAsync(ct);
        var row = change(events);
        OutcomeHistory.Check(child.DateOfBirth, [.. events.Select(e => e.ToDomain())]);
        await audit.RecordAsync(new AuditEntry(action, "outcome-event", childId, $"{ProtoEnum.Name(row.Kind)} {row.OccurredOn:yyyy-MM-dd}"), ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return row;
    }
}
