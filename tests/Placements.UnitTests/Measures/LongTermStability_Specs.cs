using CorporateParenting.Reporting;
using Placements.Domain;
using static Placements.UnitTests.Given;
using static Placements.UnitTests.Measures.Cohort;

namespace Placements.UnitTests.Measures;

public sealed class LongTermStability_Specs
{
    [Fact]
    public void Long_term_stability_counts_under_16s_in_care_two_and_a_half_years_who_kept_their_carers_two_years()
    {
        // 30 Sep 2022 + 30 months = 30 Mar 2025: two and a half years by 31 March.
        var twoAndAHalfYears = LookedAfterSince("2022-09-30", dateOfBirth: "2012-05-01");
        // 1 Oct 2022 + 30 months = 1 Apr 2025: a day short, so not in the cohort.
        var aDayShortInCare = LookedAfterSince("2022-10-01", dateOfBirth: "2012-05-01");
        // 16th birthday on 31 March: out of the cohort.
        var sixteenOnTheDay = LookedAfterSince("2020-01-01", dateOfBirth: "2009-03-31");
        // 15 on 31 March, with the current carers exactly 2 years.
        var fifteenWithCarersTwoYears = LookedAfterSince("2020-01-01", dateOfBirth: "2009-04-01");
        fifteenWithCarersTwoYears.ChangePlacement(Date("2023-03-31"), Foster("U4"), "CARPL");
        // With the current carers a day short of 2 years.
        var carersADayShort = LookedAfterSince("2020-01-01", dateOfBirth: "2012-05-01");
        carersADayShort.ChangePlacement(Date("2023-04-01"), Foster("U4"), "CARPL");
        // Placed for adoption recently: counts as stable.
        var placedForAdoption = LookedAfterSince("2021-01-01", dateOfBirth: "2014-01-01");
        placedForAdoption.ChangeLegalStatusAndPlacement(Date("2024-12-01"), "E1", Foster("A5"), "CARPL", Carers.Same);
        // Long-term fostering with the same carers (RNE T) and a legal status change: the carers never changed.
        var sameCarersThroughout = LookedAfterSince("2021-01-01", dateOfBirth: "2013-01-01");
        sameCarersThroughout.ChangePlacement(Date("2024-06-01"), Foster("U4"), "PLACE", Carers.Same);
        sameCarersThroughout.ChangeLegalStatus(Date("2024-09-01"), "C1");

        var measures = Measure(YearEnding31March2025(),
            Child(twoAndAHalfYears), Child(aDayShortInCare), Child(sixteenOnTheDay), Child(fifteenWithCarersTwoYears),
            Child(carersADayShort), Child(placedForAdoption), Child(sameCarersThroughout));

        Assert.Equal(new Proportion(4, 5), measures.LongTermStability);
        Assert.Equal(80, measures.LongTermStability.RoundedPercent);
    }

    [Theory]
    [InlineData("2028-02-28", 1)] // still 15: the 16th birthday is 29 Feb 2028
    [InlineData("2028-02-29", 0)]
    public void A_child_born_on_29_february_leaves_the_cohort_on_their_16th_birthday(string asAt, int inCohort)
    {
        var history = LookedAfterSince("2020-01-01", dateOfBirth: "2012-02-29");

        var measures = Measure(At(asAt), Child(history));

        Assert.Equal(new Proportion(inCohort, inCohort), measures.LongTermStability);
    }

    [Theory]
    [InlineData("2026-02-28", 1)] // 29 Feb 2024 + 2 years = 28 Feb 2026 (AddYears)
    [InlineData("2026-02-27", 0)]
    public void Two_years_with_carers_from_a_leap_day_end_on_28_february(string asAt, int stable)
    {
        var history = LookedAfterSince("2020-01-01", dateOfBirth: "2015-06-15");
        history.ChangePlacement(Date("2024-02-29"), Foster("U4"), "CARPL");

        var measures = Measure(At(asAt), Child(history));

        Assert.Equal(new Proportion(stable, 1), measures.LongTermStability);
    }

    [Fact]
    public void A_hospital_stay_and_return_to_the_same_carers_does_not_restart_the_two_years()
    {
        var history = LookedAfterSince("2020-01-01", dateOfBirth: "2015-06-15");
        history.ChangePlacement(Date("2024-11-01"), Temporary("T1"), null);
        history.ChangePlacement(Date("2024-11-20"), Foster(), null);

        var measures = Measure(YearEnding31March2025(), Child(history));

        Assert.Equal(new Proportion(1, 1), measures.LongTermStability);
        Assert.Equal(new Proportion(0, 1), measures.ThreeOrMorePlacements);
    }
}
