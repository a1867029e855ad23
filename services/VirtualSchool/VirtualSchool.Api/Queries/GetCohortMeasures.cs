using CorporateParenting.ServiceDefaults.Validation;
using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Attendance;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Queries;

/// <summary><c>GET /api/virtual-school/measures?period=term|year-to-date|rolling&amp;on=yyyy-MM-dd</c>.</summary>
public static class GetCohortMeasuresQuery
{
    public static (MeasurePeriodKind? Kind, DateOnly On) From(string? period, string? on, DateOnly today)
    {
        var errors = new FieldErrors();
        var name = errors.OptionalOneOf("period", period, [.. MeasuredPeriod.Names.Keys]);
        var date = errors.OptionalDate("on", on, DateKind.Event, today) ?? today;
        errors.ThrowIfAny();
        return (name is null ? null : MeasuredPeriod.Names[name], date);
    }
}

/// <summary>Our pupils' figures and those placed here by other authorities, each on its own, never added together.</summary>
public sealed record CohortMeasures(MeasuredPeriod Period, CohortFigures Ours, CohortFigures PlacedHere);

/// <summary>
/// The cohort measures: one aggregate of the period's marks per pupil and code, folded per pupil through the configured
/// codes (<see cref="AttendanceMeasures"/>), then per cohort; exclusions counted in one grouped query.
/// </summary>
public sealed class GetCohortMeasuresHandler(VirtualSchoolDbContext db, AttendanceMeasures measures, MeasurePeriods periods)
{
    public async Task<CohortMeasures> HandleAsync(MeasurePeriodKind? kind, DateOnly on, CancellationToken cancellationToken)
    {
        var period = periods.On(on, kind);
        var tallies = await measures.PerPupilAsync(db, period.From, period.To, cancellationToken);
        var placedHere = (await db.Set<PupilRow>().AsNoTracking().Where(p => p.Responsibility == PupilRow.PlacedHere)
            .Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var exclusions = await db.Set<ExclusionRow>().AsNoTracking()
            .Where(e => e.StartsOn >= period.From && e.StartsOn <= period.To)
            .Join(db.Set<PupilRow>(), e => e.PupilId, p => p.Id, (e, p) => new { p.Responsibility, e.Kind, e.PupilId })
            .GroupBy(e => new { e.Responsibility, e.Kind })
            .Select(g => new { g.Key.Responsibility, g.Key.Kind, Count = g.Count(), Pupils = g.Select(e => e.PupilId).Distinct().Count() })
            .ToListAsync(cancellationToken);

        CohortFigures Figures(bool isPlacedHere)
        {
            var cohort = tallies.Where(t => placedHere.Contains(t.Key) == isPlacedHere && t.Value.Possible > 0).Select(t => t.Value).ToList();
            var responsibility = isPlacedHere ? PupilRow.PlacedHere : PupilRow.Ours;
            var suspensions = exclusions.SingleOrDefault(e => e.Responsibility == responsibility && e.Kind == ExclusionRow.Suspension);
            var permanent = exclusions.SingleOrDefault(e => e.Responsibility == responsibility && e.Kind == ExclusionRow.PermanentExclusion);
            return new CohortFigures(
                cohort.Count,
                cohort.Aggregate(AttendanceTally.Empty, (sum, tally) => sum.Add(tally)),
                cohort.Count(t => t.Band >= AbsenceBand.Persistent),
                cohort.Count(t => t.Band == AbsenceBand.Severe),
                suspensions?.Count ?? 0,
                suspensions?.Pupils ?? 0,
                permanent?.Count ?? 0,
                permanent?.Pupils ?? 0);
        }

        return new CohortMeasures(period, Figures(isPlacedHere: false), Figures(isPlacedHere: true));
    }
}
