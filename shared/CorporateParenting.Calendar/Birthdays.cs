namespace CorporateParenting.Calendar;

/// <summary>
/// Birthdays and age in whole years. The Nth birthday is date of birth + N calendar years with
/// .NET AddYears, which puts a 29 February birthday on 28 February in common years, as the DfE
/// SSDA903 validator does (docs/calendar.md §4), so our cohorts match DfE checks.
/// </summary>
public static class Birthdays
{
    public static DateOnly Nth(DateOnly dateOfBirth, int years)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(years);
        return dateOfBirth.AddYears(years);
    }

    /// <summary>Age in whole years on <paramref name="onDate"/>: the last birthday reached by then.</summary>
    public static int AgeOn(DateOnly dateOfBirth, DateOnly onDate)
    {
        if (onDate < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(onDate), onDate, "The date is before the date of birth.");
        }

        int age = onDate.Year - dateOfBirth.Year;
        return Nth(dateOfBirth, age) > onDate ? age - 1 : age;
    }
}
