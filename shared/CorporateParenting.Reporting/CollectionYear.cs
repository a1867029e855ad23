namespace CorporateParenting.Reporting;

/// <summary>The SSDA903 collection year, 1 April to 31 March, named by the year it ends in.</summary>
public readonly record struct CollectionYear(int EndYear)
{
    public DateOnly Start => new(EndYear - 1, 4, 1);

    public DateOnly End => new(EndYear, 3, 31);

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static CollectionYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year + 1 : date.Year);
}
