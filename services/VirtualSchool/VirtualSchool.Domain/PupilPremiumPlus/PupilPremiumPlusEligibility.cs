using CorporateParenting.Calendar;

namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// Convention 7: a child counts for a financial year's Pupil Premium Plus if looked after on at least one day of that
/// year (its 903 year, 1 April to 31 March) and aged 4 to 15 on the configured 31 August (docs/virtual-school.md §10.3).
/// Ages follow <see cref="Birthdays"/>: a 29 February child has birthdays on 28 February in common years.
/// </summary>
public static class PupilPremiumPlusEligibility
{
    public const int YoungestAge = 4;

    public const int OldestAge = 15;

    public static DateOnly ReferenceDayFor(FinancialYear year, AgeReferenceDay referenceDay) => referenceDay switch
    {
        AgeReferenceDay.ThirtyFirstAugustInYear => new DateOnly(year.StartYear, 8, 31),
        AgeReferenceDay.ThirtyFirstAugustBeforeYear => new DateOnly(year.StartYear - 1, 8, 31),
        _ => throw new ArgumentOutOfRangeException(nameof(referenceDay), referenceDay, "Unknown reference day."),
    };

    /// <exception cref="VirtualSchoolRuleViolation">A period of care ends before it starts.</exception>
    public static EligibilityDecision Decide(
        FinancialYear year,
        DateOnly dateOfBirth,
        IEnumerable<CarePeriod> periodsOfCare,
        AgeReferenceDay referenceDay = AgeReferenceDay.ThirtyFirstAugustInYear)
    {
        ArgumentNullException.ThrowIfNull(periodsOfCare);

        var reasons = new List<string>();
        var periods = periodsOfCare.ToList();
        foreach (CarePeriod period in periods)
        {
            ArgumentNullException.ThrowIfNull(period, nameof(periodsOfCare));
            if (period.End < period.Start)
            {
                throw new VirtualSchoolRuleViolation(
                    $"A period of care ends ({Show.Date(period.End.Value)}) before it starts ({Show.Date(period.Start)}): correct it first.");
            }
        }

        if (!periods.Any(p => p.Touches(year.Start, year.End)))
        {
            reasons.Add($"Not looked after on any day of {year} ({Show.Date(year.Start)} to {Show.Date(year.End)}).");
        }

        DateOnly day = ReferenceDayFor(year, referenceDay);
        int? age = dateOfBirth <= day ? Birthdays.AgeOn(dateOfBirth, day) : null;
        if (age is null)
        {
            reasons.Add($"Not born by {Show.Date(day)}: PP+ is for children aged {YoungestAge} to {OldestAge} on that day.");
        }
        else if (age < YoungestAge || age > OldestAge)
        {
            reasons.Add($"Aged {age} on {Show.Date(day)}: PP+ is for children aged {YoungestAge} to {OldestAge} on that day.");
        }

        return new EligibilityDecision(year, day, age, reasons);
    }
}
