using Health.Domain;
using static Health.UnitTests.Given;
using static Health.UnitTests.Measures.Records;

namespace Health.UnitTests.Measures;

/// <summary>The measures counted a child at a time, as the service reads the cohort a page at a time.</summary>
public sealed class AccumulatedMeasures_Specs
{
    private static readonly ChildHealthRecord[] Children =
    [
        InCohort("2012-06-15") with
        {
            Assessments = [CompletedReview("2024-09-01", "2024-08-20")],
            Sdqs = [new(Date("2024-10-01"), SdqInformant.Carer, 14)],
            OutcomeEvents = [new(OutcomeEventKind.Conviction, Date("2024-06-01"))],
        },
        InCohort("2021-01-10") with { DentalChecks = Dates("2024-05-01"), HealthSurveillanceChecks = Dates("2024-07-01") },
        NotInCohort("2010-01-01") with { Assessments = [CompletedIha("2024-09-02", "2024-09-20")] },
        InCohort("2010-03-03") with { Sdqs = [new(Date("2025-01-15"), SdqInformant.Carer, 22)] },
    ];

    [Fact]
    public void Children_added_one_at_a_time_give_the_figures_of_the_whole_list_so_far()
    {
        var calculator = new Oc2HealthMeasuresCalculator(Year2025);
        Assert.Equal(Measure(), calculator.ToMeasures());

        calculator.Add(Children[0]);
        calculator.Add(Children[1]);
        Assert.Equal(Measure(Children[..2]), calculator.ToMeasures());

        calculator.Add(Children[2]);
        calculator.Add(Children[3]);
        Assert.Equal(Measure(Children), calculator.ToMeasures());
        Assert.Equal(3, calculator.ToMeasures().Cohort);
    }
}
