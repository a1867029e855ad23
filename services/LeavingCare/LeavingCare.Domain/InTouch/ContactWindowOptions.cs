namespace LeavingCare.Domain.InTouch;

/// <summary>
/// How far around the birthday a contact counts for the care leaver return (docs/leaving-care.md §7.3): from
/// <see cref="MonthsBefore"/> calendar months before the birthday to <see cref="MonthsAfter"/> after it, both days
/// included. The DfE data sets say only "on or around the birthday"; 3 months before to 1 month after is the usual
/// reading (unconfirmed), so it is configuration. <see cref="ContactWindow.Around"/> refuses values outside 0 to 6.
/// </summary>
public sealed record ContactWindowOptions
{
    public const string Section = "LeavingCare:InTouch:ContactWindow";

    /// <summary>Calendar months before the birthday; 3 by default, 0 to <see cref="ContactWindow.LongestMonths"/>.</summary>
    public int MonthsBefore { get; init; } = 3;

    /// <summary>Calendar months after the birthday; 1 by default, 0 to <see cref="ContactWindow.LongestMonths"/>.</summary>
    public int MonthsAfter { get; init; } = 1;
}
