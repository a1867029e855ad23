using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Domain.Pupils;

/// <summary>
/// Who is in a year group on a day: the dates of birth for which <see cref="SchoolAge.YearGroupOn"/> gives that year
/// group, 1 September to 31 August, so a list of pupils can be filtered in the database (docs/virtual-school.md §3.2).
/// </summary>
public static class YearGroupCohort
{
    public static (DateOnly From, DateOnly To) BirthDates(int yearGroup, DateOnly date)
    {
        // Age a on the 31 August before the school year starting in year S is year group a - 4: born 1 Sep (S-a-1) to 31 Aug (S-a).
        var from = new DateOnly(SchoolYear.Containing(date).StartYear - yearGroup - 5, 9, 1);
        return (from, from.AddYears(1).AddDays(-1));
    }
}
