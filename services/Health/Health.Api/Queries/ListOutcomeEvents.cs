using Health.Api.Commands;
using Health.Api.Grpc;
using Health.Api.Infrastructure;
using Health.Api.Infrastructure.Rows;
using Microsoft.EntityFrameworkCore;

namespace Health.Api.Queries;

public sealed record OutcomeEventView(Guid Id, string Kind, string On, string? SdqReason, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static OutcomeEventView Of(OutcomeEventRow row) => new(row.Id, ProtoEnum.Name(row.Kind), row.OccurredOn.ToString("yyyy-MM-dd"),
        row.SdqReason is { } reason ? OutcomeEventRequest.CodeOf(reason) : null, row.RecordedBy, row.RecordedAt);
}

/// <summary><c>GET /api/children/{childId}/outcome-events</c>: the child's dated OC2 facts, oldest first; null for a child Health does not know.</summary>
public sealed class ListOutcomeEventsHandler(HealthDbContext db)
{
    public async Task<IReadOnlyList<OutcomeEventView>?> HandleAsync(Guid childId, CancellationToken ct)
    {
        if (!await db.Children.AnyAsync(c => c.Id == childId, ct))
        {
            return null;
        }
        var rows = await db.OutcomeEvents.AsNoTracking().Where(e => e.ChildId == childId)
            .OrderBy(e => e.OccurredOn).ThenBy(e => e.RecordedAt).ToListAsync(ct);
        return [.. rows.Select(OutcomeEventView.Of)];
    }
}
