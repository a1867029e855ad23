using Health.Domain;
using static Health.UnitTests.Given;
using static Health.UnitTests.Measures.Records;

namespace Health.UnitTests.Measures;

public sealed class Oc2Cohort_Specs
{
    public static TheoryData<string, CarePeriod[], bool> Histories => new()
    {
        { "looked after since before the year", [Period("2024-03-31")], true },
        { "entered on 1 April: exactly 12 months", [Period("2024-04-01")], true },
        { "entered on 2 April", [Period("2024-04-02")], false },
        { "entered on 31 March, the last day", [Period("2025-03-31")], false },
        { "entered after the year", [Period("2025-04-01")], false },
        { "left on 31 March itself, as the validator has it", [Period("2022-05-10", "2025-03-31")], true },
        { "left on 30 March", [Period("2022-05-10", "2025-03-30")], false },
        { "left on 1 April", [Period("2022-05-10", "2024-04-01")], false },
        { "left the day before the year", [Period("2022-05-10", "2024-03-31")], false },
        { "a gap in the year", [Period("2022-05-10", "2024-10-10"), Period("2024-10-20")], false },
        { "a gap before the year, back on 1 April", [Period("2022-05-10", "2024-01-10"), Period("2024-04-01")], true },
        { "back on 2 April after a gap", [Period("2022-05-10", "2024-01-10"), Period("2024-04-02")], false },
        { "short breaks through the year", [Period("2022-05-10", shortBreaks: true)], false },
        { "short breaks in the year alongside full care", [Period("2022-05-10"), Period("2024-06-01", "2024-06-03", shortBreaks: true)], false },
        { "short breaks that ended before the year", [Period("2021-01-04", "2022-01-04", shortBreaks: true), Period("2022-05-10")], true },
        { "never looked after", [], false },
    };

    [Theory]
    [MemberData(nameof(Histories))]
    public void The_cohort_is_children_looked_after_continuously_for_12_months_as_the_dfe_validator_tests_it(string history, CarePeriod[] periods, bool inCohort)
    {
        Assert.True(inCohort == Oc2Cohort.IsContinuouslyLookedAfter(periods, Year2025), history);
        Assert.Equal(inCohort ? 1 : 0, Measure(new ChildHealthRecord(Date("2012-06-15"), periods)).Cohort);
    }

    [Fact]
    public void The_collection_year_runs_from_1_april_to_31_march()
    {
        Assert.Equal(Date("2024-04-01"), Year2025.Start);
        Assert.Equal(Date("2025-03-31"), Year2025.End);
        Assert.True(Year2025.Contains(Date("2024-04-01")));
        Assert.True(Year2025.Contains(Date("2025-03-31")));
        Assert.False(Year2025.Contains(Date("2024-03-31")));
        Assert.False(Year2025.Contains(Date("2025-04-01")));
    }

    [Fact]
    public void A_period_cannot_end_before_it_starts() =>
        Assert.Throws<ArgumentException>(() => Period("2024-05-01", "2024-04-30"));
}
