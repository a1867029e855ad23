using Health.Domain;

namespace Health.UnitTests.Sdq;

public sealed class SdqItem_Specs
{
    [Theory]
    [InlineData(1, "consid", SdqSubscale.Prosocial, false)]
    [InlineData(2, "restles", SdqSubscale.Hyperactivity, false)]
    [InlineData(3, "somatic", SdqSubscale.Emotional, false)]
    [InlineData(4, "shares", SdqSubscale.Prosocial, false)]
    [InlineData(5, "tantrum", SdqSubscale.Conduct, false)]
    [InlineData(6, "loner", SdqSubscale.PeerProblems, false)]
    [InlineData(7, "obeys", SdqSubscale.Conduct, true)]
    [InlineData(8, "worries", SdqSubscale.Emotional, false)]
    [InlineData(9, "caring", SdqSubscale.Prosocial, false)]
    [InlineData(10, "fidgety", SdqSubscale.Hyperactivity, false)]
    [InlineData(11, "friend", SdqSubscale.PeerProblems, true)]
    [InlineData(12, "fights", SdqSubscale.Conduct, false)]
    [InlineData(13, "unhappy", SdqSubscale.Emotional, false)]
    [InlineData(14, "popular", SdqSubscale.PeerProblems, true)]
    [InlineData(15, "distrac", SdqSubscale.Hyperactivity, false)]
    [InlineData(16, "clingy", SdqSubscale.Emotional, false)]
    [InlineData(17, "kind", SdqSubscale.Prosocial, false)]
    [InlineData(18, "lies", SdqSubscale.Conduct, false)]
    [InlineData(19, "bullied", SdqSubscale.PeerProblems, false)]
    [InlineData(20, "helpout", SdqSubscale.Prosocial, false)]
    [InlineData(21, "reflect", SdqSubscale.Hyperactivity, true)]
    [InlineData(22, "steals", SdqSubscale.Conduct, false)]
    [InlineData(23, "oldbest", SdqSubscale.PeerProblems, false)]
    [InlineData(24, "afraid", SdqSubscale.Emotional, false)]
    [InlineData(25, "attends", SdqSubscale.Hyperactivity, true)]
    public void Each_item_has_its_sdqinfo_variable_name_subscale_and_direction(int number, string variable, SdqSubscale subscale, bool reversed) =>
        Assert.Equal(new SdqItem(number, variable, subscale, reversed), SdqItem.Numbered(number));

    [Fact]
    public void The_catalogue_holds_25_items_in_number_order() =>
        Assert.Equal(Enumerable.Range(1, 25), SdqItem.All.Select(item => item.Number));

    [Fact]
    public void Every_subscale_has_five_items() =>
        Assert.All(Enum.GetValues<SdqSubscale>(), subscale => Assert.Equal(5, SdqItem.All.Count(item => item.Subscale == subscale)));

    [Fact]
    public void Exactly_items_7_11_14_21_and_25_are_reverse_scored() =>
        Assert.Equal([7, 11, 14, 21, 25], SdqItem.All.Where(item => item.IsReverseScored).Select(item => item.Number));

    [Theory]
    [InlineData(7)]
    [InlineData(11)]
    [InlineData(14)]
    [InlineData(21)]
    [InlineData(25)]
    public void A_reverse_scored_item_scores_2_1_0_for_not_somewhat_and_certainly_true(int number)
    {
        var item = SdqItem.Numbered(number);

        Assert.Equal([2, 1, 0], new[] { 0, 1, 2 }.Select(item.Score));
    }

    [Fact]
    public void Every_other_item_scores_its_response() =>
        Assert.All(SdqItem.All.Where(item => !item.IsReverseScored), item => Assert.Equal([0, 1, 2], new[] { 0, 1, 2 }.Select(item.Score)));

    [Theory]
    [InlineData(0)]
    [InlineData(26)]
    public void There_is_no_item_outside_1_to_25(int number) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SdqItem.Numbered(number));
}
