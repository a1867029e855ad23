namespace Health.Domain;

/// <summary>
/// The scores of one questionnaire (convention 5). A subscale is null when 2 or fewer of its items were
/// answered; each combined score is null when any of its parts is.
/// </summary>
public sealed record SdqScores(int? Emotional, int? Conduct, int? Hyperactivity, int? PeerProblems, int? Prosocial)
{
    public const int MaximumTotal = 40;
    private const int BorderlineFrom = 14;
    private const int ConcernFrom = 17;

    public int? Emotional { get; } = Checked(Emotional);

    public int? Conduct { get; } = Checked(Conduct);

    public int? Hyperactivity { get; } = Checked(Hyperactivity);

    public int? PeerProblems { get; } = Checked(PeerProblems);

    public int? Prosocial { get; } = Checked(Prosocial);

    /// <summary>Emotional + conduct + hyperactivity + peer problems (0–40); prosocial is a strength, not a difficulty.</summary>
    public int? TotalDifficulties => Emotional + Conduct + Hyperactivity + PeerProblems;

    public int? Externalising => Conduct + Hyperactivity;

    public int? Internalising => Emotional + PeerProblems;

    public SdqBand? Band => TotalDifficulties is int total ? BandOf(total) : null;

    /// <summary>
    /// A total of 17 or more ("cause for concern"): the service publishes it so the child's health plan is
    /// reviewed, rather than leaving it to be noticed in the next assessment.
    /// </summary>
    public bool IsCauseForConcern => Band == SdqBand.Concern;

    public int? Of(SdqSubscale subscale) => subscale switch
    {
        SdqSubscale.Emotional => Emotional,
        SdqSubscale.Conduct => Conduct,
        SdqSubscale.Hyperactivity => Hyperactivity,
        SdqSubscale.PeerProblems => PeerProblems,
        SdqSubscale.Prosocial => Prosocial,
        _ => throw new ArgumentOutOfRangeException(nameof(subscale), subscale, null),
    };

    /// <summary>The DfE band of a total difficulties score: 0–13 normal, 14–16 borderline, 17–40 concern.</summary>
    public static SdqBand BandOf(int totalDifficulties)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(totalDifficulties);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(totalDifficulties, MaximumTotal);
        return totalDifficulties >= ConcernFrom ? SdqBand.Concern
            : totalDifficulties >= BorderlineFrom ? SdqBand.Borderline
            : SdqBand.Normal;
    }

    private static int? Checked(int? subscale) => subscale is null or (>= 0 and <= 10)
        ? subscale
        : throw new ArgumentOutOfRangeException(nameof(subscale), subscale, "A subscale score is 0–10.");
}
