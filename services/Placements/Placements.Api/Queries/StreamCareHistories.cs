using CorporateParenting.Audit;
using CorporateParenting.Placements.V1;
using CorporateParenting.ServiceDefaults.Validation;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.EntityFrameworkCore;
using Placements.Api.Infrastructure;

namespace Placements.Api.Queries;

/// <summary>
/// <c>StreamCareHistories</c>: every child we look after or have looked after, with the whole care history and the child's
/// version, for another service to build its copy from. Read a page at a time in ChildId order (keyset, untracked), so a
/// caseload of any size streams in flat memory and a broken stream resumes after the last child received. The listing is
/// audited once, as <c>ListChildren</c> is.
/// </summary>
public sealed class StreamCareHistoriesHandler(PlacementsDbContext db, IAuditTrail audit)
{
    public const int PageSize = 500;

    public async Task HandleAsync(StreamCareHistoriesRequest request, IServerStreamWriter<CareHistorySnapshot> responseStream, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        Guid? after = string.IsNullOrWhiteSpace(request.AfterChildId) ? null : errors.RequiredGuid("after_child_id", request.AfterChildId);
        DateTimeOffset? changedSince = request.ChangedSince?.ToDateTimeOffset();
        errors.ThrowIfAny();

        await audit.RecordAsync(new AuditEntry("placements.v1.Placements/StreamCareHistories", "child", null), cancellationToken);
        List<ChildRow> page;
        do
        {
            page = await PageAsync(after, changedSince, cancellationToken);
            foreach (var child in page)
            {
                await responseStream.WriteAsync(SnapshotOf(child), cancellationToken);
            }
            after = page.LastOrDefault()?.Id;
        }
        while (page.Count == PageSize);
    }

    private Task<List<ChildRow>> PageAsync(Guid? after, DateTimeOffset? changedSince, CancellationToken cancellationToken)
    {
        var children = db.Children.AsNoTracking();
        if (after is { } last)
        {
            children = children.Where(c => c.Id.CompareTo(last) > 0);
        }
        if (changedSince is { } since)
        {
            children = children.Where(c => c.ChangedAt > since);
        }
        return children.OrderBy(c => c.Id).Take(PageSize)
            .Include(c => c.PeriodsOfCare).ThenInclude(p => p.Episodes)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
    }

    private static CareHistorySnapshot SnapshotOf(ChildRow child) => new()
    {
        Child = ChildRecords.Of(child),
        ChangedAt = Timestamp.FromDateTimeOffset(child.ChangedAt),
        IsLookedAfter = child.PeriodsOfCare.MaxBy(p => p.StartedOn) is { EndedOn: null },
    };
}
