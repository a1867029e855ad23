namespace Health.Domain;

/// <summary>
/// One of the 25 SDQ items, by number and variable name (sdqinfo.org). The item wording is Youthinmind's
/// copyright and is never held by the platform (docs/health.md §7.1).
/// </summary>
public sealed record SdqItem(int Number, string Variable, SdqSubscale Subscale, bool IsReverseScored)
{
    public const int Count = 25;

    /// <summary>All 25 items, item 1 first (docs/health.md §7.2).</summary>
    public static IReadOnlyList<SdqItem> All { get; } =
    [
        new(1, "consid", SdqSubscale.Prosocial, false),
        new(2, "restles", SdqSubscale.Hyperactivity, false),
        new(3, "somatic", SdqSubscale.Emotional, false),
        new(4, "shares", SdqSubscale.Prosocial, false),
        new(5, "tantrum", SdqSubscale.Conduct, false),
        new(6, "loner", SdqSubscale.PeerProblems, false),
        new(7, "obeys", SdqSubscale.Conduct, true),
        new(8, "worries", SdqSubscale.Emotional, false),
        new(9, "caring", SdqSubscale.Prosocial, false),
        new(10, "fidgety", SdqSubscale.Hyperactivity, false),
        new(11, "friend", SdqSubscale.PeerProblems, true),
        new(12, "fights", SdqSubscale.Conduct, false),
        new(13, "unhappy", SdqSubscale.Emotional, false),
        new(14, "popular", SdqSubscale.PeerProblems, true),
        new(15, "distrac", SdqSubscale.Hyperactivity, false),
        new(16, "clingy", SdqSubscale.Emotional, false),
        new(17, "kind", SdqSubscale.Prosocial, false),
        new(18, "lies", SdqSubscale.Conduct, false),
        new(19, "bullied", SdqSubscale.PeerProblems, false),
        new(20, "helpout", SdqSubscale.Prosocial, false),
        new(21, "reflect", SdqSubscale.Hyperactivity, true),
        new(22, "steals", SdqSubscale.Conduct, false),
        new(23, "oldbest", SdqSubscale.PeerProblems, false),
        new(24, "afraid", SdqSubscale.Emotional, false),
        new(25, "attends", SdqSubscale.Hyperactivity, true),
    ];

    public static SdqItem Numbered(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Count);
        return All[number - 1];
    }

    /// <summary>The item's contribution to its subscale: "somewhat true" (1) always scores 1; reverse-scored items turn 0 and 2 round.</summary>
    public int Score(int response) => IsReverseScored ? 2 - response : response;
}
