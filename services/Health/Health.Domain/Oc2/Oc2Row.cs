using CorporateParenting.Calendar;
using CorporateParenting.Reporting;

namespace Health.Domain;

/// <summary>
/// One child's OC2 values for a collection year, derived from what is recorded (docs/health.md §5.1). Null is a
/// field the return leaves blank. Only for a child in the cohort: everything is blank otherwise (rules 190, 198).
/// </summary>
/// <param name="HealthAssessment">An IHA or RHA completed in the year; an IHA "not required" does not count.</param>
/// <param name="TeethCheck">A dental check in the year.</param>
/// <param name="Immunisations">The latest status checked on or before 31 March says up to date and is from the year.</param>
/// <param name="HealthCheck">Health surveillance in the year; only under 5 at 31 March (rules 545, 546).</param>
/// <param name="SdqScore">The latest carer SDQ total of the year; blank under 4 at 31 March (188) or 17 before 1 April (189).</param>
/// <param name="SdqReason">Only without a score (197a): the latest reason recorded in the year, else SDQ1 for a child whose
/// 4th or 17th birthday is in the year (197B).</param>
/// <param name="SdqMissing">Neither a score nor a reason where one is needed (rules 186, 197B): what the team has to record.</param>
/// <param name="Convicted">A conviction, youth caution or youth conditional caution in the year; only 10 or over at 31 March (542, 543).</param>
/// <param name="SubstanceMisuse">A substance misuse problem identified in the year, or an intervention for one in the year.</param>
/// <param name="InterventionReceived">Only with substance misuse (192, 193): an intervention received in the year.</param>
/// <param name="InterventionOffered">Only when none was received (158, 159): an intervention offered in the year and refused.</param>
public readonly record struct Oc2Row(
    bool HealthAssessment,
    bool TeethCheck,
    bool Immunisations,
    bool? HealthCheck,
    int? SdqScore,
    SdqReason? SdqReason,
    bool SdqMissing,
    bool? Convicted,
    bool SubstanceMisuse,
    bool? InterventionReceived,
    bool? InterventionOffered)
{
    private const int SurveillanceUnderAge = 5;

    /// <returns>Null when the child is not in the year's OC2 cohort (<see cref="Oc2Cohort"/>).</returns>
    public static Oc2Row? Of(ChildHealthRecord child, CollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(child);
        if (!Oc2Cohort.IsContinuouslyLookedAfter(child.PeriodsOfCare, year))
        {
            return null;
        }

        var born = child.DateOfBirth;
        var (score, reason, missing) = Sdq(child, year);
        bool misuse = AnyIn(child.OutcomeEvents, year, OutcomeEventKind.SubstanceMisuseIdentified)
            || AnyIn(child.OutcomeEvents, year, OutcomeEventKind.InterventionReceived)
            || AnyIn(child.OutcomeEvents, year, OutcomeEventKind.InterventionRefused);
        bool? received = misuse ? AnyIn(child.OutcomeEvents, year, OutcomeEventKind.InterventionReceived) : null;
        return new Oc2Row(
            HealthAssessment: AssessedIn(child.Assessments, year),
            TeethCheck: AnyIn(child.DentalChecks, year),
            Immunisations: ImmunisationsUpToDate(child.Immunisations, year),
            HealthCheck: Birthdays.Nth(born, SurveillanceUnderAge) > year.End ? AnyIn(child.HealthSurveillanceChecks, year) : null,
            SdqScore: score,
            SdqReason: reason,
            SdqMissing: missing,
            Convicted: Birthdays.Nth(born, OutcomeHistory.ConvictionFromAge) <= year.End ? AnyOffenceIn(child.OutcomeEvents, year) : null,
            SubstanceMisuse: misuse,
            InterventionReceived: received,
            InterventionOffered: received == false ? AnyIn(child.OutcomeEvents, year, OutcomeEventKind.InterventionRefused) : null);
    }

    /// <summary>Rule 186: 4 or over on 1 April and under 17 on 31 March, so a score (or a reason) is expected all year.</summary>
    public static bool SdqExpectedAllYear(DateOnly dateOfBirth, CollectionYear year) =>
        Birthdays.Nth(dateOfBirth, SdqSchedule.FromAge) <= year.Start && Birthdays.Nth(dateOfBirth, SdqSchedule.UntilAge) > year.End;

    private static (int? Score, SdqReason? Reason, bool Missing) Sdq(ChildHealthRecord child, CollectionYear year)
    {
        var fourth = Birthdays.Nth(child.DateOfBirth, SdqSchedule.FromAge);
        var seventeenth = Birthdays.Nth(child.DateOfBirth, SdqSchedule.UntilAge);
        if (fourth > year.End || seventeenth < year.Start)
        {
            return (null, null, false);
        }

        if (LatestCarerScore(child.Sdqs, year) is int score)
        {
            return (score, null, false);
        }

        bool birthdayInYear = (fourth > year.Start && fourth <= year.End) || year.Contains(seventeenth);
        var reason = LatestReason(child.OutcomeEvents, year) ?? (birthdayInYear ? Domain.SdqReason.Sdq1 : null);
        bool expected = birthdayInYear || SdqExpectedAllYear(child.DateOfBirth, year);
        return (null, reason, reason is null && expected);
    }

    private static bool AssessedIn(IReadOnlyList<AssessmentRecord> assessments, CollectionYear year)
    {
        for (int i = 0; i < assessments.Count; i++)
        {
            var assessment = assessments[i];
            if (assessment.Kind is AssessmentKind.Initial or AssessmentKind.Review
                && assessment.CompletedOn is DateOnly completed && year.Contains(completed))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(IReadOnlyList<DateOnly> dates, CollectionYear year)
    {
        for (int i = 0; i < dates.Count; i++)
        {
            if (year.Contains(dates[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(IReadOnlyList<OutcomeEvent> events, CollectionYear year, OutcomeEventKind kind)
    {
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].Kind == kind && year.Contains(events[i].On))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyOffenceIn(IReadOnlyList<OutcomeEvent> events, CollectionYear year)
    {
        for (int i = 0; i < events.Count; i++)
        {
            if (events[i].IsOffence && year.Contains(events[i].On))
            {
                return true;
            }
        }

        return false;
    }

    private static SdqReason? LatestReason(IReadOnlyList<OutcomeEvent> events, CollectionYear year)
    {
        OutcomeEvent? latest = null;
        for (int i = 0; i < events.Count; i++)
        {
            var fact = events[i];
            if (fact.Kind == OutcomeEventKind.NoSdq && year.Contains(fact.On) && (latest is null || fact.On >= latest.On))
            {
                latest = fact;
            }
        }

        return latest?.SdqReason;
    }

    private static bool ImmunisationsUpToDate(IReadOnlyList<ImmunisationStatus> statuses, CollectionYear year)
    {
        ImmunisationStatus? latest = null;
        for (int i = 0; i < statuses.Count; i++)
        {
            var status = statuses[i];
            if (status.CheckedOn <= year.End && (latest is null || status.CheckedOn >= latest.CheckedOn))
            {
                latest = status;
            }
        }

        return latest is { UpToDate: true } && latest.CheckedOn >= year.Start;
    }

    private static int? LatestCarerScore(IReadOnlyList<SdqSummary> sdqs, CollectionYear year)
    {
        SdqSummary? latest = null;
        for (int i = 0; i < sdqs.Count; i++)
        {
            var sdq = sdqs[i];
            if (sdq.Informant == SdqInformant.Carer && sdq.TotalDifficulties is not null && year.Contains(sdq.CompletedOn)
                && (latest is null || sdq.CompletedOn >= latest.CompletedOn))
            {
                latest = sdq;
            }
        }

        return latest?.TotalDifficulties;
    }
}
