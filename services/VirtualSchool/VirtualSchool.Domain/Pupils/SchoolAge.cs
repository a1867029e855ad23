using CorporateParenting.Calendar;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Pupils;

/// <summary>
/// Year groups and compulsory school age from a date of birth (docs/virtual-school.md §3). Birthdays follow
/// docs/calendar.md §4: a 29 February child's birthdays fall on 28 February in common years.
/// </summary>
public static class SchoolAge
{
    public const int Reception = 0;

    public const int Year13 = 13;

    /// <summary>
    /// The year group in the school year containing <paramref name="date"/>: Reception = 0, Year 1 = 1 … Year 13 = 13,
    /// nursery years negative (-1 the year before Reception). It is the age on the 31 August just before that school
    /// year starts, less 4: a child aged 4 on that day is in Reception (docs/virtual-school.md §3.2).
    /// </summary>
    public static int YearGroupOn(DateOnly dateOfBirth, DateOnly date)
    {
        ThrowIfBeforeBirth(dateOfBirth, date);

        var augustBefore = new DateOnly(SchoolYear.Containing(date).StartYear, 8, 31);
        int ageOnAugustBefore = dateOfBirth <= augustBefore
            ? Birthdays.AgeOn(dateOfBirth, augustBefore)
            // Born during this school year: not yet 0 on the 31 August before it.
            : -1;
        return ageOnAugustBefore - 4;
    }

    /// <summary>"Pre-nursery" (below -1), "Nursery" (-1), "Reception" (0), "Year 1" … "Year 13", "Beyond Year 13" (above 13).</summary>
    public static string YearGroupName(int yearGroup) => yearGroup switch
    {
        < -1 => "Pre-nursery",
        -1 => "Nursery",
        Reception => "Reception",
        > Year13 => "Beyond Year 13",
        _ => $"Year {yearGroup}",
    };

    /// <summary>
    /// The first day of compulsory school age (Education Act 1996 s8(2); the Education (Start of Compulsory School Age)
    /// Order 1998): the 5th birthday if it falls on a prescribed day (31 March, 31 August or 31 December), otherwise the
    /// next prescribed day after it (docs/virtual-school.md §3.3).
    /// </summary>
    public static DateOnly CompulsorySchoolAgeStarts(DateOnly dateOfBirth)
    {
        DateOnly fifthBirthday = Birthdays.Nth(dateOfBirth, 5);
        int year = fifthBirthday.Year;
        DateOnly[] prescribedDays = [new(year, 3, 31), new(year, 8, 31), new(year, 12, 31)];
        return prescribedDays.First(day => day >= fifthBirthday);
    }

    /// <summary>
    /// The last day of compulsory school age: the school leaving date, the last Friday in June of the school year in
    /// which the child turns 16 (Education Act 1996 s8(3); the Education (School Leaving Date) Order 1997). From the next
    /// day the young person is post-16 (docs/virtual-school.md §3.4).
    /// </summary>
    public static DateOnly SchoolLeavingDate(DateOnly dateOfBirth)
    {
        SchoolYear year = SchoolYear.Containing(Birthdays.Nth(dateOfBirth, 16));
        var lastOfJune = new DateOnly(year.StartYear + 1, 6, 30);
        int daysBackToFriday = ((int)lastOfJune.DayOfWeek - (int)DayOfWeek.Friday + 7) % 7;
        return lastOfJune.AddDays(-daysBackToFriday);
    }

    /// <summary>31 August at the end of the school year in which the young person turns 18, the end of Year 13 (docs/virtual-school.md §3.4).</summary>
    public static DateOnly EndOfYear13(DateOnly dateOfBirth) => SchoolYear.Containing(Birthdays.Nth(dateOfBirth, 18)).End;

    public static EducationStage StageOn(DateOnly dateOfBirth, DateOnly date)
    {
        ThrowIfBeforeBirth(dateOfBirth, date);

        if (date < CompulsorySchoolAgeStarts(dateOfBirth))
        {
            return EducationStage.EarlyYears;
        }

        if (date <= SchoolLeavingDate(dateOfBirth))
        {
            return EducationStage.CompulsorySchoolAge;
        }

        return date <= EndOfYear13(dateOfBirth) ? EducationStage.Post16 : EducationStage.BeyondYear13;
    }

    private static void ThrowIfBeforeBirth(DateOnly dateOfBirth, DateOnly date)
    {
        if (date < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "The date is before the date of birth.");
        }
    }
}
