using LeavingCare.Domain.Status;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.Status;

/// <summary>docs/leaving-care.md §2: the worked examples date for date, and every boundary.</summary>
public sealed class CareLeaverStatus_Specs
{
    private static readonly CareHistory A = History("2009-06-01", Episode("2025-05-01.."));
    private static readonly CareHistory B = History("2009-03-10", Episode("2022-06-01..2023-08-01"), Episode("2025-02-01..2025-04-01"));
    private static readonly CareHistory BStillInCare = History("2009-03-10", Episode("2022-06-01..2023-08-01"), Episode("2025-02-01.."));
    private static readonly CareHistory C = History("2009-06-01", Episode("2025-05-01..2025-07-20"));

    [Fact]
    public void Example_A_on_wed_30_jul_2025_has_90_and_59_days_and_no_category() =>
        Assert.Equal((new CareTotals(90, 59), CareLeaverCategory.None),
            (ThirteenWeekTest.Totals(A, Date("2025-07-30")), CareLeaverStatus.On(A, Date("2025-07-30"))));

    [Fact]
    public void Example_A_on_thu_31_jul_2025_reaches_the_91st_day_and_is_eligible() =>
        Assert.Equal((new CareTotals(91, 60), CareLeaverCategory.Eligible),
            (ThirteenWeekTest.Totals(A, Date("2025-07-31")), CareLeaverStatus.On(A, Date("2025-07-31"))));

    [Fact]
    public void Example_B_counts_144_days_after_the_14th_birthday_in_the_first_episode() =>
        Assert.Equal(144, ThirteenWeekTest.Totals(History("2009-03-10", Episode("2022-06-01..2023-08-01")), Date("2025-01-01")).SinceFourteenth);

    [Fact]
    public void Example_B_on_the_16th_birthday_has_no_day_since_16_and_no_category() =>
        Assert.Equal((0, CareLeaverCategory.None), (ThirteenWeekTest.Totals(BStillInCare, Date("2025-03-10")).SinceSixteenth,
            CareLeaverStatus.On(BStillInCare, Date("2025-03-10"))));

    [Fact]
    public void Example_B_is_eligible_the_day_after_the_16th_birthday() =>
        Assert.Equal(CareLeaverCategory.Eligible, CareLeaverStatus.On(B, Date("2025-03-11")));

    [Theory]
    [InlineData("2025-03-31", CareLeaverCategory.Eligible)]
    [InlineData("2025-04-01", CareLeaverCategory.Relevant)]       // the day care ends is not in care
    [InlineData("2027-03-09", CareLeaverCategory.Relevant)]
    [InlineData("2027-03-10", CareLeaverCategory.FormerRelevant)] // the 18th birthday
    [InlineData("2034-03-09", CareLeaverCategory.FormerRelevant)]
    public void Example_B_leaves_care_on_1_apr_2025_relevant_then_former_relevant_from_the_18th_birthday(string on, CareLeaverCategory expected) =>
        Assert.Equal(expected, CareLeaverStatus.On(B, Date(on)));

    [Fact]
    public void Example_C_leaves_care_on_sun_20_jul_2025_with_80_and_49_days_and_is_qualifying() =>
        Assert.Equal((new CareTotals(80, 49), CareLeaverCategory.Qualifying),
            (ThirteenWeekTest.Totals(C, Date("2025-07-20")), CareLeaverStatus.On(C, Date("2025-07-20"))));

    [Fact]
    public void Example_C_is_looked_after_but_not_yet_eligible_the_day_before_it_ends() =>
        Assert.Equal(CareLeaverCategory.None, CareLeaverStatus.On(C, Date("2025-07-19")));

    [Theory]
    [InlineData("2034-05-31", CareLeaverCategory.Qualifying)] // the day before the 26th birthday: still 25
    [InlineData("2035-06-01", CareLeaverCategory.None)]       // 26
    public void Qualifying_lasts_to_the_end_of_age_25(string on, CareLeaverCategory expected) =>
        Assert.Equal(expected, CareLeaverStatus.On(C, Date(on)));

    [Fact]
    public void An_episode_from_1_jan_to_1_apr_counts_90_days_not_91() =>
        Assert.Equal(90, ThirteenWeekTest.Totals(History("2008-06-01", Episode("2025-01-01..2025-04-01")), Date("2025-06-01")).SinceFourteenth);

    [Fact]
    public void Short_breaks_v3_and_v4_are_left_out_of_the_totals()
    {
        var history = History("2009-06-01", Episode("2024-01-01..2025-07-01", "V3"), Episode("2025-07-01..2025-07-10", "V4"), Episode("2025-07-10..2025-08-01"));

        Assert.Equal(new CareTotals(22, 22), ThirteenWeekTest.Totals(history, Date("2025-09-01")));
        Assert.Equal(CareLeaverCategory.Qualifying, CareLeaverStatus.On(history, Date("2025-09-01")));
    }

    [Fact]
    public void Adoption_ending_the_latest_episode_leaves_no_category_whatever_the_totals()
    {
        var adopted = History("2009-03-10", Episode("2023-01-01..2025-06-01", reasonEnded: "E12"));
        var adoptedThenBack = History("2009-03-10", Episode("2023-01-01..2025-06-01", reasonEnded: "E11"), Episode("2025-08-01.."));

        Assert.Equal(CareLeaverCategory.None, CareLeaverStatus.On(adopted, Date("2025-07-01")));
        Assert.Equal(CareLeaverCategory.Eligible, CareLeaverStatus.On(adoptedThenBack, Date("2025-09-01")));
    }

    [Theory]
    [InlineData("2024-02-28", CareLeaverCategory.None)]     // 15 on 28 Feb 2024: the 16th birthday is 29 Feb 2024
    [InlineData("2024-02-29", CareLeaverCategory.None)]     // the 16th birthday itself: no day since 16 yet
    [InlineData("2024-03-01", CareLeaverCategory.Eligible)]
    [InlineData("2026-02-27", CareLeaverCategory.Eligible)]
    [InlineData("2026-02-28", CareLeaverCategory.FormerRelevant)] // the 18th birthday of a leap-day child in a common year
    public void A_29_february_birthday_falls_on_28_february_in_common_years(string on, CareLeaverCategory expected) =>
        Assert.Equal(expected, CareLeaverStatus.On(History("2008-02-29", Episode("2023-06-01..")), Date(on)));

    [Fact]
    public void The_14th_birthday_of_a_leap_day_child_is_28_february_in_a_common_year() =>
        Assert.Equal(1, ThirteenWeekTest.Totals(History("2008-02-29", Episode("2022-01-01..")), Date("2022-03-01")).SinceFourteenth);

    [Fact]
    public void Care_before_the_14th_birthday_does_not_count()
    {
        var history = History("2010-06-01", Episode("2020-01-01..2024-06-01"), Episode("2026-06-01.."));

        Assert.Equal(new CareTotals(1, 1), ThirteenWeekTest.Totals(history, Date("2026-06-02")));
    }

    [Fact]
    public void A_recorded_determination_makes_a_young_person_detained_on_the_16th_birthday_relevant_then_former_relevant()
    {
        var detained = History("2009-06-01", Episode("2023-09-01..2025-05-20"));
        var determination = new ManualDetermination("In a secure hospital on the 16th birthday", "pa@example", Date("2025-07-01"));

        Assert.Equal(CareLeaverCategory.None, CareLeaverStatus.On(detained, Date("2025-07-01")));
        Assert.Equal(CareLeaverCategory.Relevant, CareLeaverStatus.On(detained, Date("2025-07-01"), determination));
        Assert.Equal(CareLeaverCategory.FormerRelevant, CareLeaverStatus.On(detained, Date("2027-06-01"), determination));
    }

    [Fact]
    public void Nobody_is_a_care_leaver_before_16_or_before_birth()
    {
        var history = History("2012-01-01", Episode("2026-01-01.."));

        Assert.Equal(CareLeaverCategory.None, CareLeaverStatus.On(history, Date("2027-12-31")));
        Assert.Equal(CareLeaverCategory.None, CareLeaverStatus.On(history, Date("2011-12-31")));
    }
}
