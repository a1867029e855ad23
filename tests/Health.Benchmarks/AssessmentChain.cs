extern alias HealthApi;

using CorporateParenting.Calendar;
using Health.Domain;
using HealthApi::Health.Api.Infrastructure.Rows;

namespace Health.Benchmarks;

/// <summary>
/// One period of care's IHA and the reviews that followed, each opened when the one before was completed, as the
/// service opens them (<see cref="ReviewHealthAssessmentSchedule.NextDue"/>), up to the one still waiting today.
/// </summary>
/// <remarks>
/// Outcomes once due: 82% completed on time, 18% late (1–120 days, so the newest may still be open and overdue),
/// 1.5% declined and 3% of IHAs not required (the next review then counts from the decline, or from the earlier
/// assessment, as the service schedules it). Leaving care cancels what is open, though 40% of IHAs are done before a
/// short stay ends.
/// </remarks>
public sealed class AssessmentChain(SyntheticRandom random, AssessmentHistory history, DateOnly today)
{
    private static readonly InitialHealthAssessment Iha = new(WorkingDayCalendar.EnglandAndWales);

    /// <summary>Any legal status but V3/V4: short-break periods are left out before a chain is made.</summary>
    private const string LegalStatus = "C2";

    /// <param name="slipped">Whether the newest completed assessment is made never done instead, so the child is overdue.</param>
    public List<HealthAssessmentRow> For(Guid childId, DateOnly dateOfBirth, CarePeriodRow period, bool slipped)
    {
        var start = period.StartedOn!.Value;
        var chain = new List<HealthAssessmentRow>();
        // As the service decides it when ChildEnteredCare arrives, which is before any end of the period.
        var iha = Iha.OnEntryToCare(start, LegalStatus, periodEndedOn: null)!;
        var current = history.Open(childId, period.Id, AssessmentKind.Initial, start, iha.DueOn, start, iha.RequestToProviderDueOn);
        while (true)
        {
            chain.Add(current);
            if (Outcome(current, period, dateOfBirth) is not DateOnly nextFrom || period.EndedOn <= nextFrom)
            {
                break;
            }
            current = history.Open(childId, period.Id, AssessmentKind.Review, start,
                ReviewHealthAssessmentSchedule.NextDue(dateOfBirth, nextFrom), Later(nextFrom, AssessmentHistory.CreatedOn(current)));
        }

        if (slipped && chain is [.., { Status: AssessmentStatus.Completed } done, { Status: AssessmentStatus.Due or AssessmentStatus.Requested or AssessmentStatus.Booked } next]
            && next.DueOn > today && done.DueOn < today)
        {
            chain.RemoveAt(chain.Count - 1);
            history.Reopen(done, today);
        }
        return chain;
    }

    /// <returns>The day the next review counts from (completed, declined, or the earlier assessment that made an IHA not required), or null if it was cancelled or is still open.</returns>
    private DateOnly? Outcome(HealthAssessmentRow assessment, CarePeriodRow period, DateOnly dateOfBirth)
    {
        var createdOn = AssessmentHistory.CreatedOn(assessment);
        var due = assessment.DueOn;
        var isIha = assessment.Kind == AssessmentKind.Initial;
        if (period.EndedOn is DateOnly left && left <= due && left <= today)
        {
            if (isIha && left > createdOn.AddDays(3) && random.Chance(0.4))
            {
                return Completed(assessment, random.Between(createdOn.AddDays(3), left.AddDays(-1)));
            }
            history.CancelOnLeavingCare(assessment, left, period.Id);
            return null;
        }
        if (due > today)
        {
            history.LeaveOpen(assessment, today);
            return null;
        }

        var roll = random.Fraction();
        if (roll < 0.015)
        {
            var declinedOn = random.Between(Later(createdOn, due.AddDays(-21)), due);
            history.Decline(assessment, declinedOn);
            return declinedOn;
        }
        var assessedOn = createdOn.AddDays(-random.Between(7, 85));
        if (isIha && roll < 0.045 && assessedOn >= dateOfBirth)
        {
            var recordedOn = random.Between(createdOn.AddDays(1), createdOn.AddDays(5));
            history.MarkNotRequired(assessment, recordedOn, assessedOn);
            return assessedOn;
        }
        var completedOn = roll < 0.82
            ? random.Between(Later(createdOn.AddDays(isIha ? 5 : 1), due.AddDays(-42)), due)
            : due.AddDays(random.Between(1, 120));
        var lastDay = period.EndedOn is DateOnly end && end <= today ? end : today;
        if (completedOn <= lastDay)
        {
            return Completed(assessment, completedOn);
        }
        if (lastDay < today)
        {
            history.CancelOnLeavingCare(assessment, lastDay, period.Id);
        }
        else
        {
            history.LeaveOpen(assessment, today);
        }
        return null;
    }

    private DateOnly Completed(HealthAssessmentRow assessment, DateOnly on)
    {
        var role = assessment.Kind == AssessmentKind.Initial || random.Chance(0.25) ? ClinicianRole.Doctor : ClinicianRole.Nurse;
        history.Complete(assessment, on, role);
        return on;
    }

    private static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;
}
