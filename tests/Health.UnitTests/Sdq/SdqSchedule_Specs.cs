using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Sdq;

public sealed class SdqSchedule_Specs
{
    [Fact]
    public void The_first_sdq_of_a_child_aged_4_to_16_is_due_on_becoming_looked_after() =>
        Assert.Equal(Date("2025-12-15"), SdqSchedule.NextDue(Date("2015-06-15"), Date("2025-12-15")));

    [Fact]
    public void A_child_looked_after_before_age_4_is_first_due_on_the_4th_birthday() =>
        Assert.Equal(Date("2026-06-15"), SdqSchedule.NextDue(Date("2022-06-15"), Date("2024-01-10")));

    [Fact]
    public void A_child_becoming_looked_after_on_the_4th_birthday_is_due_that_day() =>
        Assert.Equal(Date("2026-06-15"), SdqSchedule.NextDue(Date("2022-06-15"), Date("2026-06-15")));

    [Theory]
    [InlineData("2025-03-31", "2026-03-31")]
    [InlineData("2024-02-29", "2025-02-28")] // no 29 Feb in 2025
    [InlineData("2025-08-31", "2026-08-31")]
    public void The_next_is_due_12_calendar_months_after_the_last(string last, string due) =>
        Assert.Equal(Date(due), SdqSchedule.NextDue(Date("2012-06-15"), Date("2020-01-10"), Date(last)));

    [Fact]
    public void An_sdq_from_before_the_child_became_looked_after_again_sets_the_date_if_it_is_less_than_a_year_old() =>
        Assert.Equal(Date("2026-03-01"), SdqSchedule.NextDue(Date("2012-06-15"), Date("2025-12-15"), Date("2025-03-01")));

    [Fact]
    public void An_sdq_more_than_a_year_before_the_child_became_looked_after_again_makes_one_due_at_once() =>
        Assert.Equal(Date("2025-12-15"), SdqSchedule.NextDue(Date("2012-06-15"), Date("2025-12-15"), Date("2023-03-01")));

    [Fact]
    public void An_sdq_before_the_4th_birthday_does_not_count() =>
        Assert.Equal(Date("2026-06-15"), SdqSchedule.NextDue(Date("2022-06-15"), Date("2024-01-10"), Date("2025-09-01")));

    [Fact]
    public void One_due_the_day_before_the_17th_birthday_is_still_due() =>
        Assert.Equal(Date("2026-06-14"), SdqSchedule.NextDue(Date("2009-06-15"), Date("2020-01-10"), Date("2025-06-14")));

    [Fact]
    public void None_is_due_on_or_after_the_17th_birthday() =>
        Assert.Null(SdqSchedule.NextDue(Date("2009-06-15"), Date("2020-01-10"), Date("2025-06-15")));

    [Fact]
    public void None_is_due_for_a_young_person_who_becomes_looked_after_at_17() =>
        Assert.Null(SdqSchedule.NextDue(Date("2008-06-15"), Date("2025-12-15")));

    [Fact]
    public void Looked_after_before_birth_is_an_error() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SdqSchedule.NextDue(Date("2025-06-15"), Date("2025-06-14")));
}
