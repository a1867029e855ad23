using Health.Domain;
using static Health.UnitTests.Given;
using static Health.UnitTests.Sdq.Questionnaires;

namespace Health.UnitTests.Sdq;

public sealed class SdqQuestionnaire_Specs
{
    [Fact]
    public void A_questionnaire_records_who_answered_which_form_when_and_is_scored()
    {
        var sdq = new SdqQuestionnaire(Date("2026-01-20"), SdqInformant.Carer, SdqForm.Ages4To17, "  Mrs J Foster ", Scoring(2, 1, 3, 1, 8));

        Assert.Equal("Mrs J Foster", sdq.CompletedBy);
        Assert.Equal(new SdqScores(2, 1, 3, 1, 8), sdq.Scores);
        Assert.True(sdq.IsReportedToDfE);
    }

    [Theory]
    [InlineData(SdqInformant.Teacher)]
    [InlineData(SdqInformant.Self)]
    public void Only_the_carers_questionnaire_is_reported_to_dfe(SdqInformant informant) =>
        Assert.False(new SdqQuestionnaire(Date("2026-01-20"), informant, SdqForm.Ages4To17, "Someone", Scoring(0, 0, 0, 0)).IsReportedToDfE);

    [Fact]
    public void Who_completed_it_must_be_recorded()
    {
        var refusal = Assert.Throws<HealthRuleViolation>(() =>
            new SdqQuestionnaire(Date("2026-01-20"), SdqInformant.Carer, SdqForm.Ages4To17, " ", Scoring(0, 0, 0, 0)));

        Assert.Equal("Name who completed the SDQ (the carer, teacher or young person).", refusal.Message);
    }

    [Fact]
    public void The_2_to_4_form_has_no_self_report()
    {
        var refusal = Assert.Throws<HealthRuleViolation>(() =>
            new SdqQuestionnaire(Date("2026-01-20"), SdqInformant.Self, SdqForm.Ages2To4, "Sam", Scoring(0, 0, 0, 0)));

        Assert.Equal("The SDQ for ages 2–4 has no self-report version; record the carer or teacher who completed it.", refusal.Message);
    }
}
