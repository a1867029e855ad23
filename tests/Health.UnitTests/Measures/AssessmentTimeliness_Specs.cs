using CorporateParenting.Reporting;
using Health.Domain;
using static Health.UnitTests.Measures.Records;

namespace Health.UnitTests.Measures;

public sealed class AssessmentTimeliness_Specs
{
    private static readonly CollectionYear Year2026 = new(2026);

    [Fact]
    public void Ihas_count_per_period_of_care_started_in_the_year_and_are_on_time_within_20_working_days()
    {
        // Entered Mon 15 Dec 2025: IHA due Thu 15 Jan 2026.
        var measures = Measure(Year2026,
            Child("2015-01-01", Period("2025-12-15")) with { Assessments = [CompletedIha("2025-12-15", "2026-01-15")] }, // on time
            Child("2015-01-01", Period("2025-12-15")) with { Assessments = [CompletedIha("2025-12-15", "2026-01-16")] }, // a day late
            Child("2015-01-01", Period("2025-12-15")) with { Assessments = [Iha("2025-12-15", AssessmentStatus.Booked)] }, // not done
            Child("2015-01-01", Period("2025-12-15")) with { Assessments = [Iha("2025-12-15", AssessmentStatus.Declined)] }, // declined: not done
            Child("2015-01-01", Period("2025-12-15")), // no IHA recorded
            Child("2015-01-01", Period("2025-12-15")) with { Assessments = [Iha("2025-12-15", AssessmentStatus.NotRequired)] }, // left out
            Child("2015-01-01", Period("2025-12-15", "2026-01-15")), // left care on the due date: left out
            Child("2015-01-01", Period("2025-12-15", "2026-01-16")) with { Assessments = [Iha("2025-12-15", AssessmentStatus.Cancelled)] }, // looked after on the due date
            Child("2015-01-01", Period("2026-03-10")), // due after 31 March: left out
            Child("2015-01-01", Period("2025-03-31")), // entered before the year: left out
            Child("2015-01-01", Period("2025-06-02", "2025-06-20", shortBreaks: true)), // short breaks: left out
            // Entered Tue 1 Apr 2025, the first day: Good Friday, Easter Monday and 5 May skipped, due Thu 1 May 2025.
            Child("2015-01-01", Period("2025-04-01")) with { Assessments = [CompletedIha("2025-04-01", "2025-05-01")] },
            // Twice in the year. Thu 1 May 2025 is due Mon 2 Jun (5 and 26 May skipped); Mon 1 Sep 2025 is due Mon 29 Sep.
            Child("2015-01-01", Period("2025-05-01", "2025-06-30"), Period("2025-09-01")) with
            {
                Assessments = [CompletedIha("2025-09-01", "2025-11-03"), CompletedIha("2025-05-01", "2025-06-02")],
            });

        Assert.Equal(new Proportion(3, 9), measures.InitialAssessmentsOnTime);
    }

    [Fact]
    public void A_period_whose_first_item_is_the_health_history_to_record_leaves_the_iha_count()
    {
        // Entered Mon 15 Dec 2025 (IHA due Thu 15 Jan 2026); Health learnt of it later, from Placements' record (docs/health.md §8).
        var history = new AssessmentRecord(AssessmentKind.HistoryToRecord, AssessmentStatus.Due, Given.Date("2025-12-15"), Given.Date("2026-02-27"));
        var measures = Measure(Year2026,
            Child("2015-01-01", Period("2025-12-15")) with { Assessments = [history] },
            Child("2015-01-01", Period("2025-12-15")) with { Assessments = [CompletedIha("2025-12-15", "2026-01-15")] },
            // Another period's history item does not excuse this one's IHA.
            Child("2015-01-01", Period("2025-05-01", "2025-06-30"), Period("2025-09-01")) with { Assessments = [history with { LookedAfterSince = Given.Date("2025-05-01") }] });

        Assert.Equal(new Proportion(1, 2), measures.InitialAssessmentsOnTime);
    }

    [Fact]
    public void Reviews_due_in_the_year_are_on_time_when_completed_by_their_due_date()
    {
        var measures = Measure(
            InCohort() with
            {
                Assessments =
                [
                    CompletedReview("2024-04-01", "2024-04-01"), // due the first day, done that day
                    CompletedReview("2025-03-31", "2025-03-30"), // due the last day, done early
                    CompletedReview("2024-03-31", "2024-03-31"), // due before the year: left out
                    CompletedReview("2025-04-01", "2025-03-10"), // due after the year: left out
                ],
            },
            InCohort() with { Assessments = [CompletedReview("2024-10-10", "2024-10-11")] }, // a day late
            InCohort() with { Assessments = [Review("2024-10-10", AssessmentStatus.Booked)] }, // still open
            InCohort() with { Assessments = [Review("2024-10-10", AssessmentStatus.Declined)] }, // declined: late
            InCohort() with { Assessments = [Review("2024-10-10", AssessmentStatus.Cancelled)] }, // cancelled: left out
            InCohort() with
            {
                Assessments = [new AssessmentRecord(AssessmentKind.Dental, AssessmentStatus.Due, Given.Date("2022-05-10"), Given.Date("2024-10-10"))],
            },
            NotInCohort() with { Assessments = [CompletedReview("2025-03-01", "2025-02-20")] }); // any child counts

        Assert.Equal(new Proportion(3, 6), measures.ReviewAssessmentsOnTime);
    }
}
