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
/// The cohort measures: the period's marks counted per pupil and code, folded per pupil through the configured codes
/// (<see cref="AttendanceMeasures"/>), then per cohort a pupil at a time; exclusions counted in one grouped query. Several
/// periods (the Board's monthly series) are measured from one read of the marks, each exactly as it is alone.
/// </summary>
public sealed class GetCohortMeasuresHandler(VirtualSchoolDbContext db, AttendanceMeasures measures, MeasurePeriods periods)
{
    public async Task<CohortMeasures> HandleAsync(MeasurePeriodKind? kind, DateOnly on, CancellationToken cancellationToken) =>
        (await HandleAsync([periods.On(on, kind)], cancellationToken))[0];

    public async Task<IReadOnlyList<CohortMeasures>> HandleAsync(IReadOnlyList<MeasuredPeriod> measured, CancellationToken cancellationToken)
    {
        var placedHere = (await db.Set<PupilRow>().AsNoTracking().Where(p => p.Responsibility == PupilRow.PlacedHere)
            .Select(p => p.Id).ToListAsync(cancellationToken)).ToHashSet();
        var ours = measured.Select(_ => new Cohort()).ToArray();
        var here = measured.Select(_ => new Cohort()).ToArray();
        await foreach (var (pupil, tallies) in measures.PerPupilInRangesAsync(db, [.. measured.Select(p => (p.From, p.To))], cancellationToken))
        {
            var cohorts = placedHere.Contains(pupil) ? here : ours;
            for (var i = 0; i < tallies.Length; i++)
            {
                cohorts[i].Add(tallies[i]);
            }
        }

        var result = new List<CohortMeasures>(measured.Count);
        for (var i = 0; i < measured.Count; i++)
        {
            var exclusions = await ExclusionsAsync(measured[i], cancellationToken);
            result.Add(new CohortMeasures(measured[i], ours[i].Figures(exclusions, PupilRow.Ours), here[i].Figures(exclusions, PupilRow.PlacedHere)));
        }
        return result;
    }

    private async Task<IReadOnlyList<ExclusionCount>> ExclusionsAsync(MeasuredPeriod period, CancellationToken cancellationToken) =>
        await db.Set<ExclusionRow>().AsNoTracking()
            .Where(e => e.StartsOn >= period.From && e.StartsOn <= period.To)
            .Join(db.Set<PupilRow>(), e => e.PupilId, p => p.Id, (e, p) => new { p.Responsibility, e.Kind, e.PupilId })
            .GroupBy(e => new { e.Responsibility, e.Kind })
            .Select(g => new ExclusionCount(g.Key.Responsibility, g.Key.Kind, g.Count(), g.Select(e => e.PupilId).Distinct().Count()))
            .ToListAsync(cancellationToken);

    private sealed record ExclusionCount(string Responsibility, string Kind, int Count, int Pupils);

    /// <summary>One cohort's pupils with a possible session in the period, added up as they are read.</summary>
    private sealed class Cohort
    {
        private int _pupils;
        private AttendanceTally _sessions = AttendanceTally.Empty;
        private int _persistent;
        private int _severe;

        public void Add(AttendanceTally tally)
        {
            if (tally.Possible == 0)
            {
                return;
            }
            _pupils++;
            _sessions = _sessions.Add(tally);
            _persistent += tally.Band >= AbsenceBand.Persistent ? 1 : 0;
            _severe += tally.Band == AbsenceBand.Severe ? 1 : 0;
        }

        public CohortFigures Figures(IReadOnlyList<ExclusionCount> exclusions, string responsibility)
        {
            var suspensions = exclusions.SingleOrDefault(e => e.Responsibility == responsibility && e.Kind == ExclusionRow.Suspension);
            var permanent = exclusions.SingleOrDefault(e => e.Responsibility == responsibility && e.Kind == ExclusionRow.PermanentExclusion);
            return new CohortFigures(_pupils, _sessions, _persistent, _severe,
                suspensions?.Count ?? 0, suspensions?.Pupils ?? 0, permanent?.Count ?? 0, permanent?.Pupils ?? 0);
        }
    }
}
