extern alias HealthApi;

using CorporateParenting.Calendar;
using Health.Domain;
using HealthApi::Health.Api.Infrastructure.Rows;

namespace Health.Benchmarks;

/// <summary>
/// The yearly checks while in care, stored as the service records a check after it happened (a completed item dated
/// that day, with no period of care): dental from the first birthday, 85% done each year; immunisations 92% checked,
/// 92% of those up to date. And the health passport.
/// </summary>
public sealed class RoutineChecks(SyntheticRandom random, AssessmentHistory history, DateOnly today)
{
    public IEnumerable<HealthAssessmentRow> Yearly(Guid childId, DateOnly dateOfBirth, CarePeriodRow period)
    {
        var start = period.StartedOn!.Value;
        var firstBirthday = Birthdays.Nth(dateOfBirth, 1);
        var dental = (start > firstBirthday ? start : firstBirthday).AddDays(random.Between(20, 120));
        var immunisations = start.AddDays(random.Between(10, 60));
        return Checks(childId, period, AssessmentKind.Dental, ClinicianRole.Dentist, dental, 0.85)
            .Concat(Checks(childId, period, AssessmentKind.Immunisations, ClinicianRole.Nurse, immunisations, 0.92));
    }

    /// <summary>
    /// From the 17½ birthday (docs/health.md §6), for a young person still looked after; a quarter handed over already.
    /// Those who turned 17½ in the last fortnight have none yet: opening them is the sweep's work.
    /// </summary>
    public HealthAssessmentRow? Passport(Guid childId, DateOnly dateOfBirth, CarePeriodRow period)
    {
        var from = HealthPassportSchedule.DueFrom(dateOfBirth);
        if (from > today.AddDays(-14))
        {
            return null;
        }
        var start = period.StartedOn!.Value;
        var passport = history.Open(childId, period.Id, AssessmentKind.HealthPassport, start, HealthPassportSchedule.DueBy(dateOfBirth), Later(from, start));
        if (random.Chance(0.25))
        {
            history.Complete(passport, random.Between(AssessmentHistory.CreatedOn(passport), today), ClinicianRole.Nurse);
        }
        else
        {
            history.LeaveOpen(passport, today);
        }
        return passport;
    }

    private IEnumerable<HealthAssessmentRow> Checks(Guid childId, CarePeriodRow period, AssessmentKind kind, ClinicianRole role, DateOnly due, double doneShare)
    {
        var lastDay = period.EndedOn is DateOnly end && end < today ? end : today;
        for (; due <= lastDay; due = CalendarMonths.Add(due, 12).AddDays(random.Between(-30, 30)))
        {
            if (!random.Chance(doneShare))
            {
                continue;
            }
            var on = due.AddDays(random.Between(-21, 14));
            on = on > lastDay ? lastDay : on < period.StartedOn ? period.StartedOn.Value : on;
            var check = history.Open(childId, periodOfCareId: null, kind, on, on, on);
            check.ImmunisationsUpToDate = kind == AssessmentKind.Immunisations ? random.Chance(0.92) : null;
            history.Complete(check, on, role);
            yield return check;
        }
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
