using LeavingCare.Domain.Duties;
using LeavingCare.Domain.Status;
using LeavingCare.Domain.Worklist;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.Worklist;

/// <summary>docs/leaving-care.md §5.1: every open duty has an owner and a due date, on every day of three years of birthdays.</summary>
public sealed class OpenDuties_Specs
{
    private const string Team = "Leaving care team";

    [Fact]
    public void An_unallocated_eligible_young_person_is_the_teams_to_allocate_from_the_day_they_became_eligible()
    {
        var a = new YoungPersonRecord(History("2009-06-01", Episode("2025-05-01..")), OwedSince: Date("2025-07-31"));

        Assert.Equal(
            [new OpenDuty(OpenDutyKind.AllocatePersonalAdviser, Date("2025-07-31"), Team), new OpenDuty(OpenDutyKind.NeedsAssessment, Date("2025-10-31"), Team)],
            OpenDuties.On(a, Date("2025-08-15"), Team));
    }

    [Fact]
    public void Once_assessed_the_next_review_is_the_advisers_six_months_after_the_last_plan_or_review()
    {
        var b = new YoungPersonRecord(History("2009-03-10", Episode("2022-06-01..2023-08-01"), Episode("2025-02-01..2025-04-01")),
            OwedSince: Date("2025-03-11"), PersonalAdviser: "Priya (PA)", AssessedOn: Date("2025-05-20"), LastPlannedOrReviewedOn: Date("2025-06-30"));

        Assert.Equal([new OpenDuty(OpenDutyKind.PathwayPlanReview, Date("2025-12-30"), "Priya (PA)")], OpenDuties.On(b, Date("2025-09-01"), Team));
        Assert.Equal([new OpenDuty(OpenDutyKind.PathwayPlanReview, Date("2025-10-01"), "Priya (PA)")],
            OpenDuties.On(b with { ReviewAskedFor = Date("2025-10-01") }, Date("2025-09-01"), Team));
    }

    [Fact]
    public void Nothing_is_open_for_a_qualifying_young_person_or_after_the_duties_end()
    {
        var c = new YoungPersonRecord(History("2009-06-01", Episode("2025-05-01..2025-07-20")), OwedSince: null);
        var formerRelevantAt21 = new YoungPersonRecord(History("2004-03-10", Episode("2019-01-01..2021-06-01")), OwedSince: Date("2020-03-11"), PersonalAdviser: "Sam");

        Assert.Empty(OpenDuties.On(c, Date("2025-08-01"), Team));
        Assert.NotEmpty(OpenDuties.On(formerRelevantAt21, Date("2025-03-09"), Team));
        Assert.Empty(OpenDuties.On(formerRelevantAt21, Date("2025-03-10"), Team));
        Assert.NotEmpty(OpenDuties.On(formerRelevantAt21 with { Choices = new SupportChoices(InEducationOrTraining: true) }, Date("2025-03-10"), Team));
    }

    [Fact]
    public void An_open_staying_put_arrangement_is_due_to_end_by_its_plan_or_the_21st_birthday_and_leaves_the_list_once_ended()
    {
        // Former relevant, fostered until the 18th birthday (10 Mar 2026), staying put from that day.
        var person = new YoungPersonRecord(History("2008-03-10", Episode("2022-04-01..2026-03-10")), OwedSince: Date("2024-03-10"),
            PersonalAdviser: "Sam", AssessedOn: Date("2024-05-01"), LastPlannedOrReviewedOn: Date("2026-02-01"),
            StayingPut: new Domain.StayingPut.StayingPutArrangement(Date("2026-03-10")));

        Assert.Contains(new OpenDuty(OpenDutyKind.StayingPutEnds, Date("2029-03-10"), "Sam"), OpenDuties.On(person, Date("2026-04-01"), Team));
        Assert.Contains(new OpenDuty(OpenDutyKind.StayingPutEnds, Date("2027-06-30"), "Sam"),
            OpenDuties.On(person with { StayingPut = person.StayingPut! with { PlannedEndOn = Date("2027-06-30") } }, Date("2026-04-01"), Team));
        Assert.DoesNotContain(OpenDuties.On(person with { StayingPut = person.StayingPut! with { EndedOn = Date("2026-09-01") } }, Date("2026-10-01"), Team),
            d => d.Kind == OpenDutyKind.StayingPutEnds);
    }

    [Fact]
    public void Once_in_force_a_former_relevant_young_person_not_yet_assessed_for_staying_close_is_due_with_the_plans_next_step()
    {
        var person = new YoungPersonRecord(History("2008-03-10", Episode("2022-04-01..2026-03-10")), OwedSince: Date("2024-03-10"),
            PersonalAdviser: "Sam", AssessedOn: Date("2024-05-01"), LastPlannedOrReviewedOn: Date("2026-02-01"));
        var today = Date("2027-05-01");

        Assert.DoesNotContain(OpenDuties.On(person, today, Team), d => d.Kind == OpenDutyKind.StayingCloseAssessment);
        Assert.DoesNotContain(OpenDuties.On(person, today, Team, stayingCloseInForceFrom: Date("2027-06-01")), d => d.Kind == OpenDutyKind.StayingCloseAssessment);
        Assert.Equal(
            [new OpenDuty(OpenDutyKind.PathwayPlanReview, Date("2026-08-01"), "Sam"), new OpenDuty(OpenDutyKind.StayingCloseAssessment, Date("2026-08-01"), "Sam")],
            OpenDuties.On(person, today, Team, stayingCloseInForceFrom: Date("2027-04-01")));
        Assert.DoesNotContain(OpenDuties.On(person with { StayingCloseAssessedOn = Date("2027-04-20") }, today, Team, stayingCloseInForceFrom: Date("2027-04-01")),
            d => d.Kind == OpenDutyKind.StayingCloseAssessment);
    }

    /// <summary>
    /// 400 synthetic young people (entering care between 13 and 17, some leaving, some returning, short breaks, a leap-day
    /// birthday or two), walked day by day through three years, with advisers allocated late or never, assessments and
    /// reviews done late or not at all: whenever a personal adviser and plan are owed there is an open duty, every open
    /// duty has an owner and a due date no earlier than the duty began, and nothing is open when nothing is owed.
    /// </summary>
    [Fact]
    public void Walking_a_cohort_through_three_years_of_birthdays_finds_no_open_duty_without_an_owner_and_a_date()
    {
        var random = new Random(20261202);
        var start = Date("2024-09-01");
        var people = Enumerable.Range(0, 400).Select(_ => Synthetic(random, start)).ToList();
        var states = people.Select(p => new YoungPersonRecord(p, OwedSince: null)).ToArray();
        var (checkedDays, owedDays) = (0, 0);

        for (var day = start; day < start.AddYears(3); day = day.AddDays(1))
        {
            for (var i = 0; i < states.Length; i++)
            {
                var state = states[i];
                var category = CareLeaverStatus.On(state.History, day);
                var owed = LeavingCareDuties.On(category, state.History.DateOfBirth, SupportChoices.None, day).Level == DutyLevel.PersonalAdviserAndPathwayPlan;
                state = owed ? state with { OwedSince = state.OwedSince ?? day } : state with { OwedSince = null };
                var open = OpenDuties.On(state, day, Team);
                checkedDays++;

                if (!owed)
                {
                    Assert.Empty(open);
                }
                else
                {
                    owedDays++;
                    Assert.NotEmpty(open);
                    Assert.All(open, duty =>
                    {
                        Assert.False(string.IsNullOrWhiteSpace(duty.Owner));
                        Assert.True(duty.DueOn >= state.OwedSince, $"{duty.Kind} due {duty.DueOn} before the duty began on {state.OwedSince}");
                    });
                    Assert.Equal(state.PersonalAdviser is null, open.Any(d => d.Kind == OpenDutyKind.AllocatePersonalAdviser));
                    state = Act(random, state, open, day);
                }

                states[i] = state;
            }
        }

        Assert.True(owedDays > checkedDays / 10, $"the cohort should owe duties on many days: {owedDays} of {checkedDays}");
    }

    /// <summary>What a busy team does on a day: sometimes allocates, assesses or reviews, often not yet.</summary>
    private static YoungPersonRecord Act(Random random, YoungPersonRecord state, IReadOnlyList<OpenDuty> open, DateOnly day)
    {
        foreach (var duty in open)
        {
            if (random.Next(20) != 0)
            {
                continue;
            }
            state = duty.Kind switch
            {
                OpenDutyKind.AllocatePersonalAdviser => state with { PersonalAdviser = $"PA {random.Next(12)}" },
                OpenDutyKind.NeedsAssessment => state with { AssessedOn = day },
                _ => state with { LastPlannedOrReviewedOn = day, ReviewAskedFor = random.Next(5) == 0 ? day.AddDays(random.Next(1, 60)) : null },
            };
        }
        return state;
    }

    private static CareHistory Synthetic(Random random, DateOnly start)
    {
        var born = random.Next(50) == 0 ? new DateOnly(2008, 2, 29) : start.AddYears(-random.Next(13, 19)).AddDays(-random.Next(365));
        var episodes = new List<CareEpisode>();
        var from = born.AddYears(13).AddDays(random.Next(0, 5 * 365));
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            var length = random.Next(10, 900);
            var ends = random.Next(4) == 0 ? (DateOnly?)null : from.AddDays(length);
            episodes.Add(new CareEpisode(from, ends, random.Next(15) == 0 ? "V3" : "C2", ends is null ? null : random.Next(40) == 0 ? "E12" : "E4A"));
            if (ends is not { } ended)
            {
                break;
            }
            from = ended.AddDays(random.Next(0, 400));
        }
        return new CareHistory(born, episodes);
    }
}
