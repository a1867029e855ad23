using CorporateParenting.Reporting;

namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// The financial year, 1 April to 31 March, named "2025-26" after the year it starts in. Pupil Premium Plus is granted
/// per financial year, and its 903 year is the same span (<see cref="CollectionYear"/>) (docs/virtual-school.md §10.1).
/// </summary>
public readonly record struct FinancialYear(int StartYear)
{
    /// <summary>The SSDA903 collection year over the same days, named by the year it ends in: the dates are its.</summary>
    public CollectionYear CollectionYear => new(StartYear + 1);

    public DateOnly Start => CollectionYear.Start;

    public DateOnly End => CollectionYear.End;

    public string Name => CollectionYear.Name;

    public bool Contains(DateOnly date) => CollectionYear.Contains(date);

    public static FinancialYear Containing(DateOnly date) => new(CollectionYear.Containing(date).EndYear - 1);

    /// <summary>Reads "2025-26": four digits, a hyphen, the last two digits of the next year.</summary>
    /// <exception cref="VirtualSchoolRuleViolation">The name is not of that form, or the second year does not follow the first.</exception>
    public static FinancialYear Parse(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return CollectionYear.TryParse(name, out var year)
            ? new FinancialYear(year.EndYear - 1)
            : throw new VirtualSchoolRuleViolation($"\"{name}\" is not a financial year: write it as \"2025-26\" (April 2025 to March 2026).");
    }

    public override string ToString() => Name;
}
