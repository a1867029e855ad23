using CorporateParenting.Calendar;

namespace Health.Domain;

/// <summary>
/// Convention 4: the next Review Health Assessment is due 6 calendar months after the last completed health
/// assessment (IHA or RHA) if the child was under 5 that day, otherwise 12. A day missing from the target
/// month becomes its last day (31 Aug + 6 months = 28 Feb). Due dates are calendar dates and may fall at a weekend.
/// </summary>
public static class ReviewHealthAssessmentSchedule
{
    private const int UnderFiveMonths = 6;
    private const int FiveAndOverMonths = 12;

    public static DateOnly NextDue(DateOnly dateOfBirth, DateOnly lastAssessmentDate)
    {
        if (lastAssessmentDate < dateOfBirth)
        {
            throw new ArgumentOutOfRangeException(nameof(lastAssessmentDate), lastAssessmentDate, "The assessment is before the date of birth.");
        }

        // "Under 5" means before the 5th birthday, so an assessment on the birthday itself is at age 5.
        bool underFive = lastAssessmentDate < Birthdays.Nth(dateOfBirth, 5);
        return CalendarMonths.Add(lastAssessmentDate, underFive ? UnderFiveMonths : FiveAndOverMonths);
    }
}
