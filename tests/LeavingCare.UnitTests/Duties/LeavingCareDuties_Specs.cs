using LeavingCare.Domain.Duties;
using LeavingCare.Domain.Status;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.Duties;

/// <summary>docs/leaving-care.md §4: who is owed what, and when it ends.</summary>
public sealed class LeavingCareDuties_Specs
{
    private static readonly DateOnly Born = Date("2004-03-10");

    private static DutyStatus FormerRelevantOn(string on, SupportChoices? choices = null) =>
        LeavingCareDuties.On(CareLeaverCategory.FormerRelevant, Born, choices ?? SupportChoices.None, Date(on));

    [Theory]
    [InlineData(CareLeaverCategory.Eligible, DutyLevel.PersonalAdviserAndPathwayPlan)]
    [InlineData(CareLeaverCategory.Relevant, DutyLevel.PersonalAdviserAndPathwayPlan)]
    [InlineData(CareLeaverCategory.Qualifying, DutyLevel.AdviceAndAssistance)]
    [InlineData(CareLeaverCategory.None, DutyLevel.None)]
    public void Children_are_owed_by_their_category(CareLeaverCategory category, DutyLevel level) =>
        Assert.Equal(new DutyStatus(level), LeavingCareDuties.On(category, Date("2009-03-10"), SupportChoices.None, Date("2026-01-01")));

    [Fact]
    public void A_child_who_refuses_is_still_owed_the_duties_of_a_child() =>
        Assert.Equal(DutyLevel.PersonalAdviserAndPathwayPlan, LeavingCareDuties.On(CareLeaverCategory.Relevant, Date("2009-03-10"),
            new SupportChoices(DeclinedOn: Date("2025-12-01")), Date("2026-01-01")).Level);

    [Theory]
    [InlineData("2025-03-09", DutyLevel.PersonalAdviserAndPathwayPlan, DutyEnd.None)] // the day before the 21st birthday
    [InlineData("2025-03-10", DutyLevel.None, DutyEnd.ReachedTwentyOne)]              // the 21st birthday
    public void A_former_relevant_young_person_not_in_education_is_owed_until_21(string on, DutyLevel level, DutyEnd end) =>
        Assert.Equal(new DutyStatus(level, end), FormerRelevantOn(on));

    [Theory]
    [InlineData("2029-03-09", DutyLevel.PersonalAdviserAndPathwayPlan, DutyEnd.None)]
    [InlineData("2029-03-10", DutyLevel.None, DutyEnd.ReachedTwentyFive)]
    public void In_education_or_training_the_duties_run_to_25(string on, DutyLevel level, DutyEnd end) =>
        Assert.Equal(new DutyStatus(level, end), FormerRelevantOn(on, new SupportChoices(InEducationOrTraining: true)));

    [Fact]
    public void Asking_for_support_under_s23CZB_after_21_restores_the_duties_from_that_day_to_25()
    {
        var asked = new SupportChoices(AskedForSupportOn: Date("2026-06-01"));

        Assert.Equal(DutyEnd.ReachedTwentyOne, FormerRelevantOn("2026-05-31", asked).EndedBecause);
        Assert.Equal(DutyLevel.PersonalAdviserAndPathwayPlan, FormerRelevantOn("2026-06-01", asked).Level);
        Assert.Equal(DutyEnd.ReachedTwentyFive, FormerRelevantOn("2029-03-10", asked).EndedBecause);
    }

    [Fact]
    public void Declining_ends_an_adults_duties_from_the_day_recorded_until_they_ask_again()
    {
        var declined = new SupportChoices(InEducationOrTraining: true, DeclinedOn: Date("2023-01-15"));
        var askedAgain = declined with { AskedForSupportOn = Date("2026-02-01") };

        Assert.Equal(DutyLevel.PersonalAdviserAndPathwayPlan, FormerRelevantOn("2023-01-14", declined).Level);
        Assert.Equal(new DutyStatus(DutyLevel.None, DutyEnd.Declined), FormerRelevantOn("2023-01-15", declined));
        Assert.Equal(DutyEnd.Declined, FormerRelevantOn("2026-01-31", askedAgain).EndedBecause);
        Assert.Equal(DutyLevel.PersonalAdviserAndPathwayPlan, FormerRelevantOn("2026-02-01", askedAgain).Level);
    }

    [Fact]
    public void A_leap_day_former_relevant_young_person_reaches_21_on_28_february_in_a_common_year()
    {
        var born = Date("2004-02-29");

        Assert.Equal(DutyLevel.PersonalAdviserAndPathwayPlan, LeavingCareDuties.On(CareLeaverCategory.FormerRelevant, born, SupportChoices.None, Date("2025-02-27")).Level);
        Assert.Equal(DutyEnd.ReachedTwentyOne, LeavingCareDuties.On(CareLeaverCategory.FormerRelevant, born, SupportChoices.None, Date("2025-02-28")).EndedBecause);
    }
}
