using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// When the next SDQ is due for a looked-after child: yearly from age 4 until the 17th birthday, the ages
/// the SSDA903 collects it for (docs/health.md §7.5).
/// </summary>
/// <remarks>
/// Our rule (the guidance gives only "yearly"): the first is due when the child becomes looked after, or on
/// the 4th birthday if later; then 12 calendar months after the last carer SDQ, but never before the child
/// became looked after. An SDQ before the 4th birthday (the 2–4 form) does not count, since DfE wants one
/// from age 4. Nothing is due on or after the 17th birthday.
/// </remarks>
public static class SdqSchedule
{
    public const int FromAge = 4;
    public const int UntilAge = 17;
    private const int MonthsBetween = 12;

    /// <returns>The due date, or null if the child will be 17 by then.</returns>
    public static DateOnly? NextDue(DateOnly dateOfBirth, DateOnly lookedAfterSince, DateOnly? lastSdqOn = null)
    {
        if (lookedAfterSince < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(lookedAfterSince), lookedAfterSince, "The child became looked after before their date of birth.");
        }

        var fourthBirthday = Birthdays.Nth(dateOfBirth, FromAge);
        var due = lookedAfterSince > fourthBirthday ? lookedAfterSince : fourthBirthday;
        if (lastSdqOn is DateOnly last && last >= fourthBirthday)
        {
            var yearLater = CalendarMonths.Add(last, MonthsBetween);
            if (yearLater > due)
            {
                due = yearLater;
            }
        }

        return due < Birthdays.Nth(dateOfBirth, UntilAge) ? due : null;
    }
}
