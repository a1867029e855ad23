using System.Globalization;

namespace LeavingCare.Domain.InTouch;

/// <summary>
/// The SSDA903 collection year, 1 April to 31 March (docs/ssda903.md), named "2025-26" as DfE names the return: the year
/// it starts in, a hyphen, the last two digits of the year it ends in. Held by the year it ends in, as
/// CorporateParenting.Reporting's CollectionYear is, which LeavingCare.Domain does not reference yet.
/// </summary>
public readonly record struct CollectionYear(int EndYear)
{
    public DateOnly Start => new(EndYear - 1, 4, 1);

    public DateOnly End => new(EndYear, 3, 31);

    public string Name => $"{EndYear - 1}-{EndYear % 100:00}";

    public bool Contains(DateOnly date) => date >= Start && date <= End;

    public static CollectionYear Containing(DateOnly date) => new(date.Month >= 4 ? date.Year + 1 : date.Year);

    /// <summary>Reads "2025-26": four digits, a hyphen, the last two digits of the next year.</summary>
    /// <exception cref="LeavingCareRuleViolation">The name is not of that form, or the second year does not follow the first.</exception>
    public static CollectionYear Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 7 && name[4] == '-'
            && int.TryParse(name.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int start)
            && int.TryParse(name.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int end)
            && start >= 1 && end == (start + 1) % 100)
        {
            return new CollectionYear(start + 1);
        }

        throw new LeavingCareRuleViolation($"\"{name}\" is not a collection year: write it as \"2025-26\" (1 April 2025 to 31 March 2026).");
    }

    public override string ToString() => Name;
}
