using CorporateParenting.Calendar;
using CorporateParenting.Reporting;

namespace Health.Domain;

/// <summary>
/// Works out <see cref="Oc2HealthMeasures"/> in one pass over the children, reading each child's own short
/// lists with plain loops and no allocation, so a national-size cohort stays linear. The cohort's figures are
/// counted from each child's <see cref="Oc2Row"/>, so the Board's measures and a child's OC2 row cannot disagree.
/// </summary>
/// <remarks>
/// Counting choices where the rules leave room (ours unless a source is given):
/// <list type="bullet">
/// <item>"In the year" is 1 April to 31 March, both days included.</item>
/// <item>Health assessment: an IHA or RHA completed in the year. An IHA recorded as not required does not count:
/// the assessment it relies on was before the child was looked after.</item>
/// <item>Teeth: a dental check in the year.</item>
/// <item>Immunisations: the latest status checked on or before 31 March says up to date and was itself checked in
/// the year. An older status is stale, because the immunisation schedule moves on with age.</item>
/// <item>Health surveillance: only cohort children under 5 at 31 March (5th birthday after 31 March, rules 545/546);
/// up to date means a check in the year.</item>
/// <item>IHA within 20 working days: counted per period of care, since a child who enters twice is owed two IHAs.
/// The denominator is periods that started in the year, are not short breaks, whose due date (20 England and Wales
/// working days after the start) is on or before 31 March, and that were still open on the due date. An IHA
/// recorded as not required leaves the denominator; one declined, or never recorded, counts as not on time. So does a
/// period whose first item is the health history to be recorded (docs/health.md §8): Health learnt of it after its IHA
/// deadline, and cannot know whether the IHA was on time.</item>
/// <item>Reviews on time: every RHA due in the year, for any child, not only the cohort. Cancelled and not-required
/// ones are left out; declined or still open ones count as late. On time means completed on or before the due date.</item>
/// <item>SDQ: cohort children whose 4th birthday is on or before 1 April and 17th after 31 March (rule 186). The
/// score is the total of the latest carer SDQ completed in the year that could be scored. The average and the bands
/// are over those scores, the average rounded to one decimal place, halves away from zero. DfE's published SDQ
/// statistic uses ages 5–16 instead (docs/health.md §7.5).</item>
/// <item>Convicted: of cohort children 10 or over at 31 March, those with a conviction or youth caution in the year;
/// substance misuse: of the cohort, those with a problem identified, or an intervention for one, in the year
/// (docs/health.md §5.1).</item>
/// </list>
/// </remarks>
public sealed class Oc2HealthMeasuresCalculator(CollectionYear year)
{
    private readonly Tally _tally = new();

    /// <summary>The whole cohort at once: <see cref="Add"/> for each child, then <see cref="ToMeasures"/>.</summary>
    public static Oc2HealthMeasures Calculate(IReadOnlyList<ChildHealthRecord> children, CollectionYear year)
    {
        ArgumentNullException.ThrowIfNull(children);
        var calculator = new Oc2HealthMeasuresCalculator(year);
        for (int i = 0; i < children.Count; i++)
        {
            calculator.Add(children[i]);
        }

        return calculator.ToMeasures();
    }

    /// <summary>Counts one child, so a cohort read a page at a time is never held whole. Add each child once.</summary>
    public void Add(ChildHealthRecord child)
    {
        ArgumentNullException.ThrowIfNull(child);
        Count(child, year, _tally);
    }

    /// <summary>The figures of the children added so far.</summary>
    public Oc2HealthMeasures ToMeasures()
    {
        var tally = _tally;
        return new Oc2HealthMeasures(
            tally.Cohort,
            new Proportion(tally.HealthAssessed, tally.Cohort),
            new Proportion(tally.TeethChecked, tally.Cohort),
            new Proportion(tally.Immunised, tally.Cohort),
            new Proportion(tally.SurveillanceUpToDate, tally.UnderFive),
            new Proportion(tally.InitialOnTime, tally.InitialDue),
            new Proportion(tally.ReviewsOnTime, tally.ReviewsDue),
            new Proportion(tally.SdqScored, tally.SdqDue),
            tally.SdqScored == 0 ? null : Math.Round((decimal)tally.SdqScoreSum / tally.SdqScored, 1, MidpointRounding.AwayFromZero),
            new SdqBandCounts(tally.SdqNormal, tally.SdqBorderline, tally.SdqConcern),
            new Proportion(tally.Convicted, tally.TenOrOver),
            new Proportion(tally.SubstanceMisuse, tally.Cohort));
    }

    private static void Count(ChildHealthRecord child, CollectionYear year, Tally tally)
    {
        CountInitialAssessments(child, year, tally);
        CountReviews(child.Assessments, year, tally);
        if (Oc2Row.Of(child, year) is not { } row)
        {
            return;
        }

        tally.Cohort++;
        tally.HealthAssessed += row.HealthAssessment ? 1 : 0;
        tally.TeethChecked += row.TeethCheck ? 1 : 0;
        tally.Immunised += row.Immunisations ? 1 : 0;
        tally.SubstanceMisuse += row.SubstanceMisuse ? 1 : 0;
        if (row.HealthCheck is bool surveillanceUpToDate)
        {
            tally.UnderFive++;
            tally.SurveillanceUpToDate += surveillanceUpToDate ? 1 : 0;
        }

        if (row.Convicted is bool convicted)
        {
            tally.TenOrOver++;
            tally.Convicted += convicted ? 1 : 0;
        }

        if (Oc2Row.SdqExpectedAllYear(child.DateOfBirth, year))
        {
            tally.SdqDue++;
            if (row.SdqScore is int score)
            {
                tally.SdqScored++;
                tally.SdqScoreSum += score;
                switch (SdqScores.BandOf(score))
                {
                    case SdqBand.Normal: tally.SdqNormal++; break;
                    case SdqBand.Borderline: tally.SdqBorderline++; break;
                    default: tally.SdqConcern++; break;
                }
            }
        }
    }

    private static void CountInitialAssessments(ChildHealthRecord child, CollectionYear year, Tally tally)
    {
        var periods = child.PeriodsOfCare;
        for (int i = 0; i < periods.Count; i++)
        {
            var period = periods[i];
            if (period.IsShortBreaks || !year.Contains(period.Start))
            {
                continue;
            }

            var due = WorkingDayCalendar.EnglandAndWales.AddWorkingDays(period.Start, InitialHealthAssessment.DueWithinWorkingDays);
            if (due > year.End || period.End <= due)
            {
                continue;
            }

            bool notRequired = false;
            bool onTime = false;
            var assessments = child.Assessments;
            for (int j = 0; j < assessments.Count; j++)
            {
                var assessment = assessments[j];
                if (assessment.Kind is not (AssessmentKind.Initial or AssessmentKind.HistoryToRecord) || assessment.LookedAfterSince != period.Start)
                {
                    continue;
                }

                notRequired |= assessment.Status == AssessmentStatus.NotRequired || assessment.Kind == AssessmentKind.HistoryToRecord;
                onTime |= assessment.CompletedOn <= due;
            }

            if (notRequired)
            {
                continue;
            }

            tally.InitialDue++;
            if (onTime)
            {
                tally.InitialOnTime++;
            }
        }
    }

    private static void CountReviews(IReadOnlyList<AssessmentRecord> assessments, CollectionYear year, Tally tally)
    {
        for (int i = 0; i < assessments.Count; i++)
        {
            var assessment = assessments[i];
            if (assessment.Kind == AssessmentKind.Review
                && year.Contains(assessment.DueOn)
                && assessment.Status is not (AssessmentStatus.Cancelled or AssessmentStatus.NotRequired))
            {
                tally.ReviewsDue++;
                if (assessment.CompletedOn <= assessment.DueOn)
                {
                    tally.ReviewsOnTime++;
                }
            }
        }
    }

    private sealed class Tally
    {
        public int Cohort;
        public int HealthAssessed;
        public int TeethChecked;
        public int Immunised;
        public int UnderFive;
        public int SurveillanceUpToDate;
        public int TenOrOver;
        public int Convicted;
        public int SubstanceMisuse;
        public int InitialDue;
        public int InitialOnTime;
        public int ReviewsDue;
        public int ReviewsOnTime;
        public int SdqDue;
        public int SdqScored;
        public long SdqScoreSum;
        public int SdqNormal;
        public int SdqBorderline;
        public int SdqConcern;
    }
}
