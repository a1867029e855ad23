using System.Globalization;

namespace CorporateParenting.Reporting;

/// <summary>
/// The SSDA903 collection year, 1 April to 31 March, held by the year it ends in and named as DfE names the return,
/// "2025-26": the year it starts in, a hyphen, the last two digits of the year it ends in. The financial year is the same span.
/// </summary>
public readonly record struct CollectionYear(int EndYear)
{
    public DateOnly Start => new(EndYear - 1, 4, 1);

    public DateOnly End => new(EndYear, 3, 31);

    public string Name => $"{EndYear - 1}-{EndYear % 100:00}";

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static CollectionYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year + 1 : date.Year);

    /// <summary>Reads "2025-26": four digits, a hyphen, the last two digits of the next year. Each service says in its own words what it refuses.</summary>
    public static bool TryParse(string? name, out CollectionYear year)
    {
        year = default;
        if (name is { Length: 7 } && name[4] == '-'
            && int.TryParse(name.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int start)
            && int.TryParse(name.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int end)
            && start >= 1 && end == (start + 1) % 100)
        {
            year = new CollectionYear(start + 1);
            return true;
        }

        return false;
    }

    public override string ToString() => Name;
}
