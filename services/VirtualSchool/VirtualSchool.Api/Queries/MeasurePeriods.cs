using Microsoft.Extensions.Options;
using VirtualSchool.Api.Options;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Queries;

/// <summary>Works out <see cref="MeasuredPeriod"/>s from the configured term calendar and default period.</summary>
public sealed class MeasurePeriods(SchoolTermCalendar calendar, IOptions<MeasureOptions> options)
{
    public MeasurePeriodKind DefaultKind => options.Value.DefaultPeriod;

    /// <summary>The period of <paramref name="kind"/> (the configured default when null) ending on <paramref name="date"/>; a rule violation when no term is configured for it.</summary>
    public MeasuredPeriod On(DateOnly date, MeasurePeriodKind? kind = null)
    {
        var period = options.Value.Period(kind);
        var (from, to) = period.RangeOn(date, calendar);
        var name = period.Kind == MeasurePeriodKind.Term
            ? calendar.TermContaining(from)?.Name ?? throw new VirtualSchoolRuleViolation($"No term is configured on {from:yyyy-MM-dd}.")
            : SchoolYear.Containing(to).Name;
        return new MeasuredPeriod(period.Kind, name, from, to);
    }
}
