namespace LeavingCare.Domain.Status;

/// <summary>Days looked after since the 14th and since the 16th birthday, up to a date (docs/leaving-care.md §2).</summary>
public readonly record struct CareTotals(int SinceFourteenth, int SinceSixteenth)
{
    /// <summary>13 weeks, as days.</summary>
    public const int DaysRequired = 91;

    /// <summary>At least 91 days since the 14th birthday and at least one since the 16th (convention 8).</summary>
    public bool MeetsTest => SinceFourteenth >= DaysRequired && SinceSixteenth >= 1;
}
