using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;

namespace VirtualSchool.UnitTests.Peps;

public sealed class PepQualityAssurance_Specs
{
    private static readonly string[] Items = ["Child's voice recorded", "Targets are SMART", "Attendance discussed", "Funding linked to targets", "Carer's role clear"];

    /// <summary>Five items, the first two mandatory.</summary>
    private static readonly PepQualityOptions Options = new()
    {
        Checklist = [.. Items.Select((item, i) => new QualityCheck { Item = item, Mandatory = i < 2 })],
    };

    private static QualityCheckResult[] Answers(params bool[] met) => [.. Items.Select((item, i) => new QualityCheckResult(item, met[i]))];

    [Theory]
    [InlineData(new[] { true, true, true, true, true }, PepRating.Green)]
    [InlineData(new[] { true, true, true, true, false }, PepRating.Green)]  // exactly 80%
    [InlineData(new[] { true, true, true, false, false }, PepRating.Amber)] // 60%
    [InlineData(new[] { false, true, true, true, true }, PepRating.Amber)]  // 80%, a mandatory item not met
    [InlineData(new[] { true, true, false, false, false }, PepRating.Red)]  // 40%
    [InlineData(new[] { false, false, false, false, false }, PepRating.Red)]
    public void The_rating_follows_the_share_met_and_the_mandatory_items(bool[] met, PepRating rating) =>
        Assert.Equal(rating, PepQualityAssurance.Rate(Answers(met), Options).Rating);

    [Fact]
    public void Exactly_50_percent_is_amber()
    {
        var four = new PepQualityOptions { Checklist = [.. Items.Take(4).Select(item => new QualityCheck { Item = item })] };

        Assert.Equal(PepRating.Amber, PepQualityAssurance.Rate([.. Answers(true, true, false, false, false).Take(4)], four).Rating);
    }

    [Theory]
    [InlineData(PepRating.Amber, true)]  // the default: Green or Amber is adequate
    [InlineData(PepRating.Green, false)]
    public void Adequacy_is_configurable(PepRating adequateFrom, bool adequate) =>
        Assert.Equal(adequate, PepQualityAssurance.Rate(Answers(true, true, true, false, false), Options with { AdequateFrom = adequateFrom }).IsAdequate);

    [Fact]
    public void A_red_pep_is_never_adequate() =>
        Assert.False(PepQualityAssurance.Rate(Answers(false, false, false, false, false), Options).IsAdequate);

    [Fact]
    public void The_assessment_keeps_the_answers_in_checklist_order_with_comments()
    {
        QualityCheckResult[] answers = [.. Answers(true, true, true, true, false).Reverse()];
        answers[0] = answers[0] with { Comment = "Carer not invited." };

        PepQualityAssessment assessment = PepQualityAssurance.Rate(answers, Options);

        Assert.Equal(Items, assessment.Results.Select(r => r.Item));
        Assert.Equal("Carer not invited.", assessment.Results[4].Comment);
        Assert.Equal((4, 5, true, 80m), (assessment.Met, assessment.Items, assessment.AllMandatoryMet, assessment.MetPercent));
    }

    [Fact]
    public void Every_item_is_answered_once_and_only_items_on_the_checklist()
    {
        Assert.Equal(
            "Say whether the PEP meets every checklist item; not answered: 'Funding linked to targets', 'Carer's role clear'.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.Rate([.. Answers(true, true, true, true, true).Take(3)], Options)).Message);
        Assert.Equal(
            "The checklist item 'Targets are SMART' is answered more than once.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.Rate([.. Answers(true, true, true, true, true), new QualityCheckResult("Targets are SMART", false)], Options)).Message);
        Assert.Equal(
            "'Uniform' is not on the PEP quality checklist.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.Rate([.. Answers(true, true, true, true, true), new QualityCheckResult("Uniform", true)], Options)).Message);
    }

    [Fact]
    public void Checklist_items_match_ignoring_case_and_spaces() =>
        Assert.Equal(PepRating.Green, PepQualityAssurance.Rate([.. Answers(true, true, true, true, true).Select(a => a with { Item = $" {a.Item.ToUpperInvariant()} " })], Options).Rating);

    [Fact]
    public void Options_that_make_no_sense_are_refused()
    {
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.CheckOptions(new PepQualityOptions()));
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.CheckOptions(Options with { Checklist = [new QualityCheck { Item = " " }] }));
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.CheckOptions(Options with { Checklist = [new QualityCheck { Item = "A" }, new QualityCheck { Item = "a " }] }));
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.CheckOptions(Options with { AmberFromPercent = 90 }));
        Assert.Throws<VirtualSchoolRuleViolation>(() => PepQualityAssurance.CheckOptions(Options with { GreenFromPercent = 120, AmberFromPercent = 50 }));
        PepQualityAssurance.CheckOptions(Options with { GreenFromPercent = 100, AmberFromPercent = 0 });
    }
}
