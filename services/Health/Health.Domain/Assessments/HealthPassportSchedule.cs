using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// The health history summary (health passport) given to a young person leaving care (docs/health.md §6): worked
/// on from the 17½ birthday and handed over before the 18th birthday.
/// </summary>
/// <remarks>
/// Our choices: 17½ is the 17th birthday plus 6 calendar months; the last day to hand it over is the day
/// before the 18th birthday, because on that birthday the young person is an adult and may leave care that
/// day. Birthdays follow docs/calendar.md §4, so a 29 February child's birthdays fall on 28 February in common years.
/// </remarks>
public static class HealthPassportSchedule
{
    public static DateOnly DueFrom(DateOnly dateOfBirth) => CalendarMonths.Add(Birthdays.Nth(dateOfBirth, 17), 6);

    public static DateOnly DueBy(DateOnly dateOfBirth) => Birthdays.Nth(dateOfBirth, 18).AddDays(-1);
}
