namespace VirtualSchool.Domain.Peps;

/// <summary>
/// PEP timeliness over <see cref="From"/> to <see cref="To"/> as it stood on <see cref="To"/> (docs/virtual-school.md
/// §9.7). <see cref="Due"/> PEPs were due in the period and had an outcome by then: <see cref="OnTime"/> completed on or
/// before their due date, <see cref="Late"/> not (completed after it, overdue, or closed after it). <see cref="Pending"/>
/// were due in the period but can still be on time, and are not counted. <see cref="Overdue"/> are late and still not
/// completed.
/// </summary>
public sealed record PepTimelinessResult(
    DateOnly From, DateOnly To, int OnTime, int Late, int Pending, int Overdue, decimal TargetPercent)
{
    public int Due => OnTime + Late;

    /// <summary>On time ÷ due × 100, exact; null with nothing due.</summary>
    public decimal? Percent => Due == 0 ? null : OnTime * 100m / Due;

    /// <summary>Whether <see cref="Percent"/> is at or above the target; null with nothing due.</summary>
    public bool? MeetsTarget => Due == 0 ? null : OnTime * 100m >= TargetPercent * Due;
}
