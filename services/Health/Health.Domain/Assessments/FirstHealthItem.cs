namespace Health.Domain;

/// <summary>
/// What a period of care opens first on the health team's worklist: its Initial Health Assessment or, for care that was
/// already under way when Health learnt of it, the health history to be recorded (docs/health.md §8). A period has at
/// most one of the two, whichever way Health heard of it first.
/// </summary>
/// <param name="RequestToProviderDueOn">IHA only: when the request to the health provider is due.</param>
public sealed record FirstHealthItem(AssessmentKind Kind, DateOnly LookedAfterSince, DateOnly DueOn, DateOnly? RequestToProviderDueOn)
{
    /// <summary>The kinds a period of care has at most one of between them.</summary>
    public static readonly IReadOnlyList<AssessmentKind> Kinds = [AssessmentKind.Initial, AssessmentKind.HistoryToRecord];

    public static FirstHealthItem Initial(InitialHealthAssessment.Deadlines iha) =>
        new(AssessmentKind.Initial, iha.LookedAfterSince, iha.DueOn, iha.RequestToProviderDueOn);

    public static FirstHealthItem HistoryToRecord(DateOnly lookedAfterSince, DateOnly dueOn) =>
        new(AssessmentKind.HistoryToRecord, lookedAfterSince, dueOn, RequestToProviderDueOn: null);
}
