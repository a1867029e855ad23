using Health.Domain;
using static Health.UnitTests.Sdq.Questionnaires;

namespace Health.UnitTests.Sdq;

public sealed class SdqScorer_Specs
{
    private static readonly int[] EmotionalItems = [3, 8, 13, 16, 24];

    [Fact]
    public void Answering_not_true_throughout_scores_only_the_reverse_scored_items()
    {
        var scores = Score(Enumerable.Repeat<int?>(0, 25).ToArray());

        Assert.Equal(new SdqScores(Emotional: 0, Conduct: 2, Hyperactivity: 4, PeerProblems: 4, Prosocial: 0), scores);
        Assert.Equal(10, scores.TotalDifficulties);
    }

    [Theory]
    [InlineData(7, SdqSubscale.Conduct)]
    [InlineData(11, SdqSubscale.PeerProblems)]
    [InlineData(14, SdqSubscale.PeerProblems)]
    [InlineData(21, SdqSubscale.Hyperactivity)]
    [InlineData(25, SdqSubscale.Hyperactivity)]
    public void Each_reverse_scored_item_adds_2_1_or_0_to_its_subscale_for_0_1_or_2(int reversedItem, SdqSubscale subscale)
    {
        // Every other item of the subscale answered so it adds nothing.
        var neutral = ItemsOf(subscale).Where(item => item != reversedItem)
            .Select(item => (item, (int?)(SdqItem.Numbered(item).IsReverseScored ? 2 : 0)));

        var byResponse = new[] { 0, 1, 2 }.Select(response => Score(Answers([.. neutral, (reversedItem, response)])).Of(subscale));

        Assert.Equal([2, 1, 0], byResponse);
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 2 }, null)]
    [InlineData(new[] { 2, 2 }, null)]
    [InlineData(new[] { 2, 1, 1 }, 7)] // 4 from 3 items: 6.67 -> 7, the Youthinmind scoring sheet's example
    [InlineData(new[] { 1, 0, 0 }, 2)] // 1.67 -> 2
    [InlineData(new[] { 1, 1, 1 }, 5)]
    [InlineData(new[] { 2, 2, 1 }, 8)] // 8.33 -> 8
    [InlineData(new[] { 0, 0, 0 }, 0)]
    [InlineData(new[] { 2, 2, 2 }, 10)]
    [InlineData(new[] { 2, 1, 1, 1 }, 6)] // 5 from 4 items: 6.25 -> 6
    [InlineData(new[] { 1, 1, 0, 0 }, 3)] // 2 from 4 items: 2.5 -> 3, half up (Math.Round would give 2)
    [InlineData(new[] { 2, 2, 1, 1 }, 8)] // 7.5 -> 8
    [InlineData(new[] { 0, 0, 0, 0 }, 0)]
    [InlineData(new[] { 2, 2, 2, 2 }, 10)]
    [InlineData(new[] { 2, 2, 1, 1, 1 }, 7)] // all answered: the plain sum
    [InlineData(new[] { 2, 2, 2, 2, 2 }, 10)]
    public void A_subscale_with_3_or_4_items_answered_is_prorated_half_up_and_with_2_or_fewer_is_missing(int[] answered, int? expected)
    {
        var scores = Score(Answers([.. answered.Select((response, i) => (EmotionalItems[i], (int?)response))]));

        Assert.Equal(expected, scores.Emotional);
    }

    [Fact]
    public void Proration_counts_reverse_scored_items_after_reversal()
    {
        // Conduct: item 7 (reversed) answered 0 scores 2; with 5 and 12 answered 1 that is 4 from 3 items -> 7.
        var scores = Score(Answers((5, 1), (7, 0), (12, 1)));

        Assert.Equal(7, scores.Conduct);
    }

    [Fact]
    public void Total_externalising_and_internalising_add_up_the_difficulty_subscales()
    {
        var scores = SdqScorer.Score(Scoring(emotional: 3, conduct: 5, hyperactivity: 7, peerProblems: 2, prosocial: 9));

        Assert.Equal(new SdqScores(3, 5, 7, 2, 9), scores);
        Assert.Equal(17, scores.TotalDifficulties);
        Assert.Equal(12, scores.Externalising);
        Assert.Equal(5, scores.Internalising);
    }

    [Theory]
    [InlineData(SdqSubscale.Emotional)]
    [InlineData(SdqSubscale.Conduct)]
    [InlineData(SdqSubscale.Hyperactivity)]
    [InlineData(SdqSubscale.PeerProblems)]
    public void The_total_is_missing_when_any_difficulty_subscale_is_missing(SdqSubscale missing)
    {
        var responses = Enumerable.Repeat<int?>(1, 25).ToArray();
        foreach (var item in ItemsOf(missing).Take(3))
        {
            responses[item - 1] = null;
        }

        var scores = Score(responses);

        Assert.Null(scores.Of(missing));
        Assert.Null(scores.TotalDifficulties);
        Assert.Null(scores.Band);
        Assert.False(scores.IsCauseForConcern);
    }

    [Fact]
    public void Externalising_and_internalising_are_each_missing_only_when_one_of_their_own_parts_is()
    {
        var responses = Enumerable.Repeat<int?>(1, 25).ToArray();
        foreach (var item in ItemsOf(SdqSubscale.Conduct).Take(3))
        {
            responses[item - 1] = null;
        }

        var scores = Score(responses);

        Assert.Null(scores.Externalising);
        Assert.Equal(10, scores.Internalising);
    }

    [Fact]
    public void A_missing_prosocial_score_does_not_affect_the_total()
    {
        var responses = Enumerable.Repeat<int?>(1, 25).ToArray();
        foreach (var item in ItemsOf(SdqSubscale.Prosocial))
        {
            responses[item - 1] = null;
        }

        var scores = Score(responses);

        Assert.Null(scores.Prosocial);
        Assert.Equal(20, scores.TotalDifficulties);
    }

    [Fact]
    public void Nothing_answered_scores_nothing()
    {
        var scores = Score(NoAnswers());

        Assert.Equal(new SdqScores(null, null, null, null, null), scores);
        Assert.Null(scores.TotalDifficulties);
        Assert.Null(scores.Externalising);
        Assert.Null(scores.Internalising);
        Assert.Null(scores.Band);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0, SdqBand.Normal)]
    [InlineData(4, 3, 4, 2, 13, SdqBand.Normal)]
    [InlineData(4, 3, 4, 3, 14, SdqBand.Borderline)]
    [InlineData(4, 4, 5, 3, 16, SdqBand.Borderline)]
    [InlineData(4, 4, 5, 4, 17, SdqBand.Concern)]
    [InlineData(10, 10, 10, 10, 40, SdqBand.Concern)]
    public void Totals_are_banded_0_to_13_normal_14_to_16_borderline_17_to_40_concern(
        int emotional, int conduct, int hyperactivity, int peerProblems, int total, SdqBand band)
    {
        var scores = SdqScorer.Score(Scoring(emotional, conduct, hyperactivity, peerProblems));

        Assert.Equal(total, scores.TotalDifficulties);
        Assert.Equal(band, scores.Band);
        Assert.Equal(band == SdqBand.Concern, scores.IsCauseForConcern);
    }

    [Fact]
    public void The_highest_possible_total_is_40_with_every_reverse_scored_item_answered_not_true()
    {
        var responses = SdqItem.All.Select(item => (int?)(item.IsReverseScored ? 0 : 2)).ToArray();

        var scores = Score(responses);

        Assert.Equal(40, scores.TotalDifficulties);
        Assert.Equal(10, scores.Prosocial);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(41)]
    public void There_is_no_band_for_a_total_outside_0_to_40(int total) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SdqScores.BandOf(total));

    [Theory]
    [InlineData(-1)]
    [InlineData(11)]
    public void A_subscale_score_outside_0_to_10_cannot_be_held(int score) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SdqScores(score, 0, 0, 0, 0));
}
