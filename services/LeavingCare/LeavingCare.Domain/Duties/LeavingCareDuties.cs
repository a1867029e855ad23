using CorporateParenting.Calendar;
using LeavingCare.Domain.Status;

namespace LeavingCare.Domain.Duties;

/// <summary>
/// How long the duties last (docs/leaving-care.md §4): eligible and relevant children are owed a personal adviser and a
/// pathway plan; a former relevant young person until 21, then to 25 while in education or training (s23C(7)) or once
/// they have asked for support (s23CZB), never past the 25th birthday; an adult who declines support (recorded with the
/// day) is owed nothing from that day (platform choice: a child's refusal does not end a duty to a child). Qualifying
/// young people are owed advice and assistance (s24) while the category lasts.
/// </summary>
public static class LeavingCareDuties
{
    public static DutyStatus On(CareLeaverCategory category, DateOnly dateOfBirth, SupportChoices choices, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(choices);
        switch (category)
        {
            case CareLeaverCategory.Eligible or CareLeaverCategory.Relevant:
                return new DutyStatus(DutyLevel.PersonalAdviserAndPathwayPlan);
            case CareLeaverCategory.Qualifying:
                return new DutyStatus(DutyLevel.AdviceAndAssistance);
            case CareLeaverCategory.FormerRelevant:
                break;
            default:
                return new DutyStatus(DutyLevel.None);
        }

        var age = Birthdays.AgeOn(dateOfBirth, on);
        if (age >= 25)
        {
            return new DutyStatus(DutyLevel.None, DutyEnd.ReachedTwentyFive);
        }

        if (choices.DeclinedOn is { } declined && declined <= on && (choices.AskedForSupportOn is not { } asked || asked <= declined || asked > on))
        {
            return new DutyStatus(DutyLevel.None, DutyEnd.Declined);
        }

        var askedBy = choices.AskedForSupportOn is { } askedOn && askedOn <= on;
        return age < 21 || choices.InEducationOrTraining || askedBy
            ? new DutyStatus(DutyLevel.PersonalAdviserAndPathwayPlan)
            : new DutyStatus(DutyLevel.None, DutyEnd.ReachedTwentyOne);
    }
}
