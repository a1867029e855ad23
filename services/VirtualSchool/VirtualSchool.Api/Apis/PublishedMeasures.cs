using CorporateParenting.Reporting;
using VirtualSchool.Api.Queries;

namespace VirtualSchool.Api.Apis;

/// <summary>
/// A cohort's figures as shown: exact numbers for the Virtual School; for the Board and other readers of aggregates,
/// every count through <see cref="SmallNumbers"/> ("c" for 0 &lt; n &lt; the configured threshold), rates as whole
/// percentages or "c" when the count or the cohort behind them is suppressed, attendance "c" when the cohort is
/// (docs/virtual-school.md §7).
/// </summary>
public sealed record PublishedCohort(
    object Pupils,
    object PossibleSessions,
    object AttendancePercent,
    object PersistentlyAbsent,
    object PersistentAbsencePercent,
    object SeverelyAbsent,
    object SevereAbsencePercent,
    object Suspensions,
    object SuspendedPupils,
    object PermanentExclusions,
    object PermanentlyExcludedPupils)
{
    public static PublishedCohort Exact(CohortFigures f) => new(
        f.Pupils, f.Sessions.Possible, (object?)Percent(f.Sessions.AttendanceRate) ?? SmallNumbers.NotApplicable,
        f.PersistentlyAbsent, (object?)Percent(Rate(f.PersistentlyAbsent, f.Pupils)) ?? SmallNumbers.NotApplicable,
        f.SeverelyAbsent, (object?)Percent(Rate(f.SeverelyAbsent, f.Pupils)) ?? SmallNumbers.NotApplicable,
        f.Suspensions, f.SuspendedPupils, f.PermanentExclusions, f.PermanentlyExcludedPupils);

    public static PublishedCohort Suppressed(CohortFigures f, int threshold) => new(
        SmallNumbers.Show(f.Pupils, threshold),
        SmallNumbers.IsSuppressed(f.Pupils, threshold) ? SmallNumbers.Suppressed : SmallNumbers.Show(f.Sessions.Possible, threshold),
        SmallNumbers.IsSuppressed(f.Pupils, threshold) ? SmallNumbers.Suppressed : SmallNumbers.ShowRate(f.Sessions.Present, f.Sessions.Possible, threshold),
        SmallNumbers.Show(f.PersistentlyAbsent, threshold), SmallNumbers.ShowRate(f.PersistentlyAbsent, f.Pupils, threshold),
        SmallNumbers.Show(f.SeverelyAbsent, threshold), SmallNumbers.ShowRate(f.SeverelyAbsent, f.Pupils, threshold),
        SmallNumbers.Show(f.Suspensions, threshold), SmallNumbers.Show(f.SuspendedPupils, threshold),
        SmallNumbers.Show(f.PermanentExclusions, threshold), SmallNumbers.Show(f.PermanentlyExcludedPupils, threshold));

    private static decimal? Rate(int count, int of) => of == 0 ? null : (decimal)count / of;

    private static decimal? Percent(decimal? rate) => Percentages.OneDecimal(rate);
}

/// <summary>The measures of a period: ours and those placed here side by side, never added together.</summary>
public sealed record PublishedMeasures(
    string Period, string Name, DateOnly From, DateOnly To, int? SuppressedBelow, PublishedCohort Ours, PublishedCohort PlacedHere)
{
    public static PublishedMeasures Of(CohortMeasures measures, int? threshold) => new(
        measures.Period.KindName, measures.Period.Name, measures.Period.From, measures.Period.To, threshold,
        threshold is { } t ? PublishedCohort.Suppressed(measures.Ours, t) : PublishedCohort.Exact(measures.Ours),
        threshold is { } u ? PublishedCohort.Suppressed(measures.PlacedHere, u) : PublishedCohort.Exact(measures.PlacedHere));
}
