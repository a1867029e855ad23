namespace VirtualSchool.Domain.Terms;

/// <summary>
/// The school (academic) year, 1 September to 31 August, named "2025/26" after the year it starts in
/// (docs/virtual-school.md §3.1).
/// </summary>
public readonly record struct SchoolYear(int StartYear)
{
    public DateOnly Start => new(StartYear, 9, 1);

    public DateOnly End => new(StartYear + 1, 8, 31);

    public string Name => $"{StartYear}/{(StartYear + 1) % 100:00}";

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static SchoolYear Containing(DateOnly date) => new(date.Month >= 9 ? date.Year : date.Year - 1);

    public override string ToString() => Name;
}
