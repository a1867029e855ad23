using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary><c>GET /api/virtual-school/worklist</c>: filters kind, urn, responsibility (ours, placed-here) and date (the day an alert is about).</summary>
public sealed record WorklistFilter(string? Kind, string? Urn, string? Responsibility, DateOnly? On, int Skip, int Take)
{
    public static WorklistFilter From(string? kind, string? urn, string? responsibility, string? date, int page, int pageSize, DateOnly today)
    {
        var errors = new FieldErrors();
        var parsedKind = errors.OptionalOneOf("kind", kind, AttendanceAlertRow.Kinds);
        var parsedUrn = errors.Optional("urn", urn, maxLength: 8);
        var parsedResponsibility = errors.OptionalOneOf("responsibility", responsibility, PupilRow.Responsibilities);
        var on = errors.OptionalDate("date", date, DateKind.Event, today);
        errors.ThrowIfAny();
        var (skip, take) = Paging.Validate(page, pageSize);
        return new WorklistFilter(parsedKind, parsedUrn, parsedResponsibility, on, skip, take);
    }
}

public sealed record WorklistItem(
    long Id, string Kind, DateOnly On, string Key, string? Urn, string Detail, DateTimeOffset RaisedAt,
    Guid PupilId, string GivenName, string FamilyName, string Responsibility);

/// <summary>One page of open alerts, newest first, the total, and the open alerts of each kind under the other filters.</summary>
public sealed record Worklist(IReadOnlyList<WorklistItem> Items, int Total, IReadOnlyDictionary<string, int> CountsByKind);

public sealed class ListWorklistHandler(VirtualSchoolDbContext db)
{
    public async Task<Worklist> HandleAsync(WorklistFilter filter, CancellationToken cancellationToken)
    {
        var open = from alert in db.Set<AttendanceAlertRow>().AsNoTracking()
                   join pupil in db.Set<PupilRow>().AsNoTracking() on alert.PupilId equals pupil.Id
                   where alert.ResolvedAt == null
                   select new { alert, pupil.GivenName, pupil.FamilyName, pupil.Responsibility };
        if (filter.Urn is { } urn)
        {
            open = open.Where(i => i.alert.Urn == urn);
        }

        if (filter.Responsibility is { } responsibility)
        {
            open = open.Where(i => i.Responsibility == responsibility);
        }

        if (filter.On is { } on)
        {
            open = open.Where(i => i.alert.On == on);
        }

        var counts = await open.GroupBy(i => i.alert.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        if (filter.Kind is { } kind)
        {
            open = open.Where(i => i.alert.Kind == kind);
        }

        var rows = await open.OrderByDescending(i => i.alert.RaisedAt).ThenByDescending(i => i.alert.Id)
            .Skip(filter.Skip).Take(filter.Take).ToListAsync(cancellationToken);
        var byKind = AttendanceAlertRow.Kinds.ToDictionary(k => k, k => counts.SingleOrDefault(c => c.Kind == k)?.Count ?? 0);
        return new Worklist(
            [.. rows.Select(r => new WorklistItem(r.alert.Id, r.alert.Kind, r.alert.On, r.alert.Key, r.alert.Urn, r.alert.Detail, r.alert.RaisedAt,
                r.alert.PupilId, r.GivenName, r.FamilyName, r.Responsibility))],
            filter.Kind is { } chosen ? byKind[chosen] : byKind.Values.Sum(),
            byKind);
    }
}
