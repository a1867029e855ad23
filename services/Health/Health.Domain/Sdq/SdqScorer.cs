namespace Health.Domain;

/// <summary>Scores a questionnaire as Youthinmind's scoring sheet does (docs/health.md §7.3, convention 5).</summary>
public static class SdqScorer
{
    private const int ItemsPerSubscale = 5;
    private const int FewestAnsweredToProrate = 3;

    public static SdqScores Score(SdqResponses responses)
    {
        ArgumentNullException.ThrowIfNull(responses);
        Span<int> sums = stackalloc int[ItemsPerSubscale];
        Span<int> answered = stackalloc int[ItemsPerSubscale];
        foreach (var item in SdqItem.All)
        {
            if (responses[item.Number] is int response)
            {
                sums[(int)item.Subscale] += item.Score(response);
                answered[(int)item.Subscale]++;
            }
        }

        return new SdqScores(
            Subscale(sums, answered, SdqSubscale.Emotional),
            Subscale(sums, answered, SdqSubscale.Conduct),
            Subscale(sums, answered, SdqSubscale.Hyperactivity),
            Subscale(sums, answered, SdqSubscale.PeerProblems),
            Subscale(sums, answered, SdqSubscale.Prosocial));
    }

    private static int? Subscale(ReadOnlySpan<int> sums, ReadOnlySpan<int> answered, SdqSubscale subscale)
    {
        int s = sums[(int)subscale];
        int n = answered[(int)subscale];
        if (n < FewestAnsweredToProrate)
        {
            return null;
        }

        // 5 × mean rounded half up, in integers: Math.Round would round 2.5 to 2 (banker's rounding).
        // With all 5 answered this is exactly the sum.
        return ((10 * s) + n) / (2 * n);
    }
}
