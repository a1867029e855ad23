using CorporateParenting.Reporting;
using CorporateParenting.ServiceDefaults.Validation;
using CorporateParenting.VirtualSchool.V1;
using VirtualSchool.Api.Commands;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.PupilPremiumPlus;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Queries;

/// <summary>virtualschool.v1 <c>GetMeasures</c>, checked: as at (today when blank), the period (school year to date when blank), the PP+ year, the months of the series.</summary>
public sealed record BoardMeasuresQuery(DateOnly AsAt, MeasurePeriodKind Period, FinancialYear FinancialYear, int Months)
{
    /// <summary>The proto's names of the periods the Board is given; no rolling window, which PEP timeliness does not have.</summary>
    public static readonly IReadOnlyDictionary<string, MeasurePeriodKind> PeriodNames = new Dictionary<string, MeasurePeriodKind>
    {
        ["SCHOOL_YEAR_TO_DATE"] = MeasurePeriodKind.SchoolYearToDate,
        ["TERM"] = MeasurePeriodKind.Term,
    };

    public static BoardMeasuresQuery From(GetMeasuresRequest request, DateOnly today)
    {
        var errors = new FieldErrors();
        var asAt = errors.OptionalDate("as_at", request.AsAt, DateKind.Event, today) ?? today;
        var period = errors.OptionalOneOf("period", request.Period, [.. PeriodNames.Keys]) ?? "SCHOOL_YEAR_TO_DATE";
        var year = string.IsNullOrWhiteSpace(request.FinancialYear)
            ? FinancialYear.Containing(asAt)
            : PupilPremiumPlusInput.Year(errors, "financial_year", request.FinancialYear);
        if (MonthEnds.ProblemWith(request.Months) is { } months)
        {
            errors.Add("months", months);
        }
        errors.ThrowIfAny();
        return new BoardMeasuresQuery(asAt, PeriodNames.GetValueOrDefault(period), year, request.Months);
    }
}

/// <summary>The attendance, exclusion and PEP figures of a period ending on a day.</summary>
public sealed record BoardMeasuresOn(DateOnly AsAt, MeasuredPeriod Period, CohortFigures Ours, PepTimelinessResult Peps);

/// <summary>The Board's Virtual School figures, exact: the period's, the PP+ year's (null when not opened), and the monthly series.</summary>
public sealed record BoardMeasures(BoardMeasuresOn Headline, PupilPremiumPlusYearTotals? PupilPremiumPlus, IReadOnlyList<BoardMeasuresOn> Monthly);

/// <summary>
/// The Board's figures from the same queries as the REST figures (docs/virtual-school.md §7, §9.7, §10.7): the cohort
/// measures of our pupils (<see cref="GetCohortMeasuresHandler"/>), PEP timeliness over the same kind of period
/// (<see cref="GetPepTimelinessHandler"/>) and the PP+ year's totals (<see cref="GetPupilPremiumPlusHandler"/>); for
/// a series, the first two again as at each month end, the cohort measures of every date from one read of the marks.
/// </summary>
public sealed class GetBoardMeasuresHandler(
    GetCohortMeasuresHandler cohort, MeasurePeriods periods, GetPepTimelinessHandler peps, GetPupilPremiumPlusHandler pupilPremiumPlus)
{
    public async Task<BoardMeasures> HandleAsync(BoardMeasuresQuery query, CancellationToken ct)
    {
        DateOnly[] days = [query.AsAt, .. MonthEnds.OnOrBefore(query.AsAt, query.Months)];
        var attendance = await cohort.HandleAsync([.. days.Select(day => periods.On(day, query.Period))], ct);
        var measured = new List<BoardMeasuresOn>(days.Length);
        for (var i = 0; i < days.Length; i++)
        {
            var timeliness = await peps.HandleAsync(
                new PepTimelinessQuery(query.Period == MeasurePeriodKind.Term ? PepTimelinessQuery.Term : PepTimelinessQuery.YearToDate, days[i]), ct);
            measured.Add(new BoardMeasuresOn(days[i], attendance[i].Period, attendance[i].Ours, timeliness));
        }
        return new BoardMeasures(measured[0], await pupilPremiumPlus.TotalsAsync(query.FinancialYear, ct), measured[1..]);
    }
}
