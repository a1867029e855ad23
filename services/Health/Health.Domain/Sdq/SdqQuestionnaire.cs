namespace Health.Domain;

/// <summary>
/// One completed SDQ as the platform must record it (docs/health.md §7.1): who answered it, which version,
/// when, who completed it, and the item responses.
/// </summary>
public sealed record SdqQuestionnaire
{
    public SdqQuestionnaire(DateOnly completedOn, SdqInformant informant, SdqForm form, string completedBy, SdqResponses responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        if (string.IsNullOrWhiteSpace(completedBy))
        {
            throw new HealthRuleViolation("Name who completed the SDQ (the carer, teacher or young person).");
        }

        if (informant == SdqInformant.Self && form == SdqForm.Ages2To4)
        {
            throw new HealthRuleViolation("The SDQ for ages 2–4 has no self-report version; record the carer or teacher who completed it.");
        }

        CompletedOn = completedOn;
        Informant = informant;
        Form = form;
        CompletedBy = completedBy.Trim();
        Responses = responses;
        Scores = SdqScorer.Score(responses);
    }

    public DateOnly CompletedOn { get; }

    public SdqInformant Informant { get; }

    public SdqForm Form { get; }

    public string CompletedBy { get; }

    public SdqResponses Responses { get; }

    public SdqScores Scores { get; }

    /// <summary>Only the carer's total goes into the SSDA903 SDQ_SCORE (rule 180).</summary>
    public bool IsReportedToDfE => Informant == SdqInformant.Carer;
}
