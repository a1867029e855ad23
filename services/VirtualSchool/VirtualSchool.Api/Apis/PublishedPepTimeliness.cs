using CorporateParenting.Reporting;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.Api.Apis;

/// <summary>
/// PEP timeliness as shown (docs/virtual-school.md §9.9): exact for the Virtual School; for the Board and other readers
/// of aggregates every count through <see cref="SmallNumbers"/> and the percentage "c" when the count behind it is, as
/// the attendance measures are (<see cref="PublishedMeasures"/>).
/// </summary>
public sealed record PublishedPepTimeliness(
    string Period, DateOnly From, DateOnly To, int? SuppressedBelow, object Due, object OnTime, object Late, object Overdue, object Pending,
    object Percent, decimal TargetPercent, object MeetsTarget)
{
    public static PublishedPepTimeliness Of(string period, PepTimelinessResult r, int? threshold) => threshold is not { } t
        ? new(period, r.From, r.To, null, r.Due, r.OnTime, r.Late, r.Overdue, r.Pending,
            (object?)(r.Percent is { } p ? Math.Round(p, 1, MidpointRounding.AwayFromZero) : null) ?? SmallNumbers.NotApplicable,
            r.TargetPercent, (object?)r.MeetsTarget ?? SmallNumbers.NotApplicable)
        : new(period, r.From, r.To, t, SmallNumbers.Show(r.Due, t), SmallNumbers.Show(r.OnTime, t), SmallNumbers.Show(r.Late, t),
            SmallNumbers.Show(r.Overdue, t), SmallNumbers.Show(r.Pending, t), SmallNumbers.ShowRate(r.OnTime, r.Due, t), r.TargetPercent,
            SmallNumbers.IsSuppressed(r.Due, t) || SmallNumbers.IsSuppressed(r.OnTime, t) ? SmallNumbers.Suppressed
                : (object?)r.MeetsTarget ?? SmallNumbers.NotApplicable);
}
