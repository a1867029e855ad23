using System.Globalization;
using CorporateParenting.Calendar;
using Health.Domain;

namespace Health.UnitTests.Assessments;

public sealed class InitialHealthAssessmentDeadlines_Specs
{
    private static InitialHealthAssessment Schedule(int requestToProviderWorkingDays = 5) =>
        new(WorkingDayCalendar.EnglandAndWales, requestToProviderWorkingDays);

    private static DateOnly Date(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2025-12-15", "2026-01-15")] // 25, 26 Dec and 1 Jan skipped
    [InlineData("2025-04-14", "2025-05-15")] // Good Friday, Easter Monday and early May skipped
    [InlineData("2025-12-20", "2026-01-21")] // entered care on a Saturday
    [InlineData("2026-12-18", "2027-01-20")] // Boxing Day substitute on Mon 28 Dec
    [InlineData("2027-12-17", "2028-01-19")] // both Christmas substitutes and Mon 3 Jan 2028
    [InlineData("2028-04-10", "2028-05-11")] // Easter 2028 and early May on 1 May
    [InlineData("2026-05-25", "2026-06-22")] // entered care on the spring bank holiday itself
    [InlineData("2028-02-29", "2028-03-28")] // leap day
    public void Iha_is_due_20_working_days_after_the_child_became_looked_after(string lookedAfterSince, string dueOn) =>
        Assert.Equal(Date(dueOn), Schedule().DueOn(Date(lookedAfterSince)));

    [Theory]
    [InlineData("2025-12-15", "2025-12-22")]
    [InlineData("2025-12-20", "2025-12-30")] // 24 Dec is a working day
    [InlineData("2026-04-02", "2026-04-13")] // Easter 2026
    [InlineData("2026-12-24", "2027-01-05")] // Christmas Eve
    public void Request_to_health_provider_is_due_5_working_days_after_by_default(string lookedAfterSince, string dueOn) =>
        Assert.Equal(Date(dueOn), Schedule().RequestToProviderDueOn(Date(lookedAfterSince)));

    [Fact]
    public void Request_to_health_provider_deadline_follows_local_configuration() =>
        Assert.Equal(Date("2025-12-31"), Schedule(requestToProviderWorkingDays: 10).RequestToProviderDueOn(Date("2025-12-15")));

    [Fact]
    public void The_day_the_child_became_looked_after_is_never_counted() =>
        Assert.Equal(Date("2026-06-23"), Schedule().DueOn(Date("2026-05-26")));

    [Theory]
    [InlineData(0)]
    [InlineData(21)]
    public void A_request_deadline_outside_1_to_20_working_days_is_refused(int workingDays) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Schedule(requestToProviderWorkingDays: workingDays));

    [Fact]
    public void The_request_may_be_due_as_late_as_the_assessment_itself() =>
        Assert.Equal(Schedule().DueOn(Date("2025-12-15")), Schedule(requestToProviderWorkingDays: 20).RequestToProviderDueOn(Date("2025-12-15")));
}
