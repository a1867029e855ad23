using Health.Domain;

namespace Health.UnitTests.Sdq;

/// <summary>Builds item responses without ever needing the item wording.</summary>
internal static class Questionnaires
{
    public static int?[] NoAnswers() => new int?[SdqItem.Count];

    public static int?[] Answers(params (int Item, int? Response)[] answers)
    {
        var responses = NoAnswers();
        foreach (var (item, response) in answers)
        {
            responses[item - 1] = response;
        }

        return responses;
    }

    /// <summary>Every item answered so that each subscale scores exactly as given.</summary>
    public static SdqResponses Scoring(int emotional, int conduct, int hyperactivity, int peerProblems, int prosocial = 10)
    {
        var responses = NoAnswers();
        Fill(responses, SdqSubscale.Emotional, emotional);
        Fill(responses, SdqSubscale.Conduct, conduct);
        Fill(responses, SdqSubscale.Hyperactivity, hyperactivity);
        Fill(responses, SdqSubscale.PeerProblems, peerProblems);
        Fill(responses, SdqSubscale.Prosocial, prosocial);
        return new SdqResponses(responses);
    }

    public static SdqScores Score(int?[] responses) => SdqScorer.Score(new SdqResponses(responses));

    public static int[] ItemsOf(SdqSubscale subscale) =>
        SdqItem.All.Where(item => item.Subscale == subscale).Select(item => item.Number).ToArray();

    private static void Fill(int?[] responses, SdqSubscale subscale, int score)
    {
        int remaining = score;
        foreach (var item in SdqItem.All.Where(item => item.Subscale == subscale))
        {
            int points = Math.Min(2, remaining);
            remaining -= points;
            responses[item.Number - 1] = item.IsReverseScored ? 2 - points : points;
        }
    }
}
