using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Queries;

/// <summary><c>GET /api/virtual-school/peps/timeliness</c>: period term (default) or year-to-date, ending on <c>on</c> (today when blank).</summary>
public sealed record PepTimelinessQuery(string Period, DateOnly On)
{
    public const string Term = "term";
    public const string YearToDate = "year-to-date";
    public static readonly string[] Periods = [Term, YearToDate];

    public static PepTimelinessQuery From(string? period, string? on, DateOnly today)
    {
        var errors = new FieldErrors();
        var parsed = string.IsNullOrWhiteSpace(period) ? Term : errors.OneOf("period", period, Periods);
        var day = errors.OptionalDate("on", on, DateKind.Event, today) ?? today;
        errors.ThrowIfAny();
        return new PepTimelinessQuery(parsed, day);
    }
}

/// <summary>
/// PEP timeliness, always live (docs/virtual-school.md §9.7): every PEP due in the period, as it stood on its last day,
/// measured by <see cref="PepTimeliness.Measure"/> against the configured target. Only our pupils have PEPs.
/// </summary>
public sealed class GetPepTimelinessHandler(VirtualSchoolDbContext db, SchoolTermCalendar calendar, IOptions<PepTimelinessOptions> options)
{
    public async Task<PepTimelinessResult> HandleAsync(PepTimelinessQuery query, CancellationToken ct)
    {
        var (from, to) = query.Period == PepTimelinessQuery.Term
            ? PepTimeliness.ThisTerm(calendar, query.On)
            : PepTimeliness.SchoolYearToDate(query.On);
        var due = await db.Peps.AsNoTracking()
            .Where(p => p.DueOn >= from && p.DueOn <= to)
            .Select(p => new PepDueRecord(p.DueOn, p.CompletedOn, p.ClosedOn))
            .ToListAsync(ct);
        return PepTimeliness.Measure(due, from, to, options.Value);
    }
}
