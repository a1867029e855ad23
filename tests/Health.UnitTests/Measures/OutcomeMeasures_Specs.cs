using CorporateParenting.Reporting;
using Health.Domain;
using static Health.UnitTests.Given;
using static Health.UnitTests.Measures.Records;

namespace Health.UnitTests.Measures;

public sealed class OutcomeMeasures_Specs
{
    [Fact]
    public void Convictions_are_counted_over_cohort_children_10_or_over_at_31_march_and_substance_misuse_over_the_cohort()
    {
        var measures = Measure(
            InCohort("2012-06-15") with { OutcomeEvents = [new(OutcomeEventKind.Conviction, Date("2024-06-01"))] },
            InCohort("2015-03-31") with { OutcomeEvents = [new(OutcomeEventKind.YouthCaution, Date("2025-03-31"))] }, // 10 that day
            InCohort("2015-04-01"), // under 10 at 31 March: left out
            InCohort("2010-01-01") with { OutcomeEvents = [new(OutcomeEventKind.SubstanceMisuseIdentified, Date("2024-04-01"))] },
            NotInCohort("2010-01-01") with { OutcomeEvents = [new(OutcomeEventKind.Conviction, Date("2024-10-01"))] });

        Assert.Equal(4, measures.Cohort);
        Assert.Equal(new Proportion(2, 3), measures.Convicted);
        Assert.Equal(new Proportion(1, 4), measures.SubstanceMisuse);
    }
}
