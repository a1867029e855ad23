namespace Health.Domain;

/// <summary>How an initial or review health assessment ended, as far as what follows is concerned.</summary>
public enum AssessmentOutcome
{
    Completed,
    Declined,
    NotRequired,
}

/// <summary>
/// What follows an IHA or a review (docs/health.md §3, convention 4 in docs/conventions.md). For a child we look after,
/// the next review opens, counted from the assessment just done; a declined one is offered again at the same interval
/// from the decline (our choice: convention 4 speaks only of completed assessments); "not required" counts from the
/// earlier assessment that made it so. For a child another authority placed here, that authority asks for each review
/// and pays for each completed one instead.
/// </summary>
public static class AfterAnAssessment
{
    /// <summary>The date convention 4 counts the next review from, or null when no review follows.</summary>
    /// <exception cref="HealthRuleViolation">"Not required" without the earlier assessment, or that assessment before birth.</exception>
    public static DateOnly? NextReviewCountsFrom(
        AssessmentKind kind, AssessmentOutcome outcome, DateOnly outcomeOn, DateOnly? earlierAssessmentOn, DateOnly dateOfBirth)
    {
        if (kind is not (AssessmentKind.Initial or AssessmentKind.Review))
        {
            return null;
        }
        var from = outcome == AssessmentOutcome.NotRequired
            ? earlierAssessmentOn ?? throw new HealthRuleViolation("An assessment not required needs the date of the earlier assessment that made it so.")
            : outcomeOn;
        if (from < dateOfBirth)
        {
            throw new HealthRuleViolation(
                $"The earlier assessment's date, {from:yyyy-MM-dd}, is before the child's date of birth, {dateOfBirth:yyyy-MM-dd}.");
        }
        return from;
    }

    /// <summary>Whether the placing authority of a child placed here is charged: for each completed review.</summary>
    public static bool IsChargedToPlacingAuthority(AssessmentKind kind, AssessmentOutcome outcome) =>
        kind == AssessmentKind.Review && outcome == AssessmentOutcome.Completed;
}
