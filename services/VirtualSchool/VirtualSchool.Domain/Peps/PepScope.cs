using CorporateParenting.Calendar;
using VirtualSchool.Domain.Pupils;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Peps;

/// <summary>
/// Who has a PEP (docs/virtual-school.md §9.2): a looked-after child from the configured start in early years
/// (<see cref="PepScopeOptions"/>) to the end of Year 13 (<see cref="SchoolAge.EndOfYear13"/>), both days included.
/// Whether the child is looked after is the caller's to know.
/// </summary>
public static class PepScope
{
    public const int LatestStartAge = 5;

    /// <summary>The first day a child born on <paramref name="dateOfBirth"/> needs a PEP.</summary>
    /// <exception cref="VirtualSchoolRuleViolation">The configured start age is below 0 or above 5.</exception>
    public static DateOnly StartsOn(DateOnly dateOfBirth, PepScopeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.StartAge is < 0 or > LatestStartAge)
        {
            throw new VirtualSchoolRuleViolation(
                $"PEPs start from a birthday between 0 and {LatestStartAge}; {options.StartAge} was configured.");
        }

        DateOnly birthday = Birthdays.Nth(dateOfBirth, options.StartAge);
        return options.Alignment switch
        {
            PepStartAlignment.Birthday => birthday,
            PepStartAlignment.FundingTerm => NextFundingTermStart(birthday),
            PepStartAlignment.SchoolYear => SchoolYear.Containing(birthday).Start,
            _ => throw new VirtualSchoolRuleViolation($"'{options.Alignment}' is not a PEP start alignment."),
        };
    }

    /// <summary>The last day: 31 August at the end of the school year in which the young person turns 18.</summary>
    public static DateOnly EndsOn(DateOnly dateOfBirth) => SchoolAge.EndOfYear13(dateOfBirth);

    /// <summary>Whether a looked-after child born on <paramref name="dateOfBirth"/> needs a PEP on <paramref name="day"/>.</summary>
    public static bool NeedsPep(DateOnly dateOfBirth, DateOnly day, PepScopeOptions options) =>
        day >= StartsOn(dateOfBirth, options) && day <= EndsOn(dateOfBirth);

    private static DateOnly NextFundingTermStart(DateOnly date)
    {
        DateOnly[] starts = [new(date.Year, 1, 1), new(date.Year, 4, 1), new(date.Year, 9, 1), new(date.Year + 1, 1, 1)];
        return starts.First(start => start >= date);
    }
}
