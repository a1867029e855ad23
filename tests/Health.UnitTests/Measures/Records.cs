using CorporateParenting.Reporting;
using Health.Domain;
using static Health.UnitTests.Given;

namespace Health.UnitTests.Measures;

internal static class Records
{
    /// <summary>The 2024-25 collection year: 1 April 2024 to 31 March 2025.</summary>
    public static readonly CollectionYear Year2025 = new(2025);

    public static CarePeriod Period(string start, string? end = null, bool shortBreaks = false) =>
        new(Date(start), end is null ? null : Date(end), shortBreaks);

    public static ChildHealthRecord Child(string dateOfBirth, params CarePeriod[] periods) => new(Date(dateOfBirth), periods);

    /// <summary>In the 2024-25 cohort: looked after since May 2022.</summary>
    public static ChildHealthRecord InCohort(string dateOfBirth = "2012-06-15") => Child(dateOfBirth, Period("2022-05-10"));

    /// <summary>Entered care in the middle of 2024-25, so outside its cohort.</summary>
    public static ChildHealthRecord NotInCohort(string dateOfBirth = "2012-06-15") => Child(dateOfBirth, Period("2024-09-02"));

    public static AssessmentRecord Review(string dueOn, AssessmentStatus status = AssessmentStatus.Due, string? completedOn = null) =>
        new(AssessmentKind.Review, status, Date("2022-05-10"), Date(dueOn), completedOn is null ? null : Date(completedOn));

    public static AssessmentRecord CompletedReview(string dueOn, string completedOn) =>
        Review(dueOn, AssessmentStatus.Completed, completedOn);

    public static AssessmentRecord Iha(string lookedAfterSince, AssessmentStatus status = AssessmentStatus.Due, string? completedOn = null)
    {
        var start = Date(lookedAfterSince);
        return new(AssessmentKind.Initial, status, start, start.AddDays(28), completedOn is null ? null : Date(completedOn));
    }

    public static AssessmentRecord CompletedIha(string lookedAfterSince, string completedOn) =>
        Iha(lookedAfterSince, AssessmentStatus.Completed, completedOn);

    public static DateOnly[] Dates(params string[] dates) => dates.Select(Date).ToArray();

    public static Oc2HealthMeasures Measure(CollectionYear year, params ChildHealthRecord[] children) =>
        Oc2HealthMeasuresCalculator.Calculate(children, year);

    public static Oc2HealthMeasures Measure(params ChildHealthRecord[] children) => Measure(Year2025, children);
}
