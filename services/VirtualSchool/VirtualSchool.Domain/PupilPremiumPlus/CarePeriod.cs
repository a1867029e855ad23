namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>A period of care from <see cref="Start"/> to <see cref="End"/>, both days looked after; open while <see cref="End"/> is null.</summary>
public sealed record CarePeriod(DateOnly Start, DateOnly? End = null)
{
    /// <summary>Looked after on at least one day from <paramref name="from"/> to <paramref name="to"/> (both included).</summary>
    public bool Touches(DateOnly from, DateOnly to) => Start <= to && (End is null || End >= from);
}
