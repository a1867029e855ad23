using CorporateParenting.Reporting;
using Health.Domain;
using static Health.UnitTests.Given;
using static Health.UnitTests.Measures.Records;

namespace Health.UnitTests.Measures;

public sealed class SdqMeasures_Specs
{
    private static SdqSummary Carer(string on, int? total) => new(Date(on), SdqInformant.Carer, total);

    [Fact]
    public void Sdq_scores_are_counted_for_cohort_children_aged_4_to_16_all_year_using_the_latest_carer_score_in_the_year()
    {
        var measures = Measure(
            InCohort("2020-04-01") with { Sdqs = [Carer("2024-10-01", 12)] }, // 4th birthday on 1 April: in
            InCohort("2020-04-02") with { Sdqs = [Carer("2024-10-01", 30)] }, // 4th birthday on 2 April: out
            InCohort("2008-04-01") with { Sdqs = [Carer("2024-10-01", 15)] }, // 17th birthday on 1 April 2025: in
            InCohort("2008-03-31") with { Sdqs = [Carer("2024-10-01", 30)] }, // 17th birthday on 31 March: out
            InCohort("2012-06-15") with { Sdqs = [Carer("2025-02-01", 17), Carer("2024-05-01", 20)] }, // latest wins
            InCohort("2013-01-01") with { Sdqs = [new SdqSummary(Date("2024-10-01"), SdqInformant.Teacher, 25)] }, // not the carer's
            InCohort("2014-01-01") with { Sdqs = [Carer("2024-03-31", 8)] }, // before the year
            InCohort("2015-01-01") with { Sdqs = [Carer("2024-06-01", 9), Carer("2025-01-15", null)] }, // latest could not be scored
            InCohort("2016-01-01"),
            NotInCohort("2015-01-01") with { Sdqs = [Carer("2024-12-01", 35)] });

        Assert.Equal(9, measures.Cohort);
        Assert.Equal(new Proportion(4, 7), measures.SdqReturned);
        Assert.Equal(13.3m, measures.AverageSdqScore); // (12 + 15 + 17 + 9) / 4 = 13.25, half rounded up
        Assert.Equal(new SdqBandCounts(Normal: 2, Borderline: 1, Concern: 1), measures.SdqBands);
    }

    [Fact]
    public void With_no_scores_there_is_no_average()
    {
        var measures = Measure(InCohort());

        Assert.Equal(new Proportion(0, 1), measures.SdqReturned);
        Assert.Null(measures.AverageSdqScore);
    }

    [Theory]
    [InlineData(0, SdqBand.Normal)]
    [InlineData(13, SdqBand.Normal)]
    [InlineData(14, SdqBand.Borderline)]
    [InlineData(16, SdqBand.Borderline)]
    [InlineData(17, SdqBand.Concern)]
    [InlineData(40, SdqBand.Concern)]
    public void A_summary_is_banded_like_a_scored_questionnaire(int total, SdqBand band) =>
        Assert.Equal(band, Carer("2024-10-01", total).Band);

    [Theory]
    [InlineData(-1)]
    [InlineData(41)]
    public void A_total_outside_0_to_40_cannot_be_held(int total) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Carer("2024-10-01", total));
}
