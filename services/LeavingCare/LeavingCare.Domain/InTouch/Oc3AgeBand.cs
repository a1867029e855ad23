namespace LeavingCare.Domain.InTouch;

/// <summary>
/// An age group the care leaver return's measures are given for, by age at the collection year's end (docs/leaving-care.md
/// §7.4): 17–18, 19–21 and 22–25, as DfE publishes them. Accommodation and activity are collected up to 21 only.
/// </summary>
public sealed record Oc3AgeBand(string Ages, int From, int To)
{
    public static readonly IReadOnlyList<Oc3AgeBand> All = [new("17-18", 17, 18), new("19-21", 19, 21), new("22-25", 22, 25)];

    public bool CollectsAccommodationAndActivity => From < 22;

    public bool Holds(int age) => age >= From && age <= To;
}
