using Notifications.Domain.Acknowledgements;

namespace Notifications.UnitTests.Acknowledgements;

/// <summary>docs/out-of-area.md §12: the one-use link in an emailed notice; only its hash is stored.</summary>
public sealed class AcknowledgementLink_Specs
{
    [Fact]
    public void A_new_link_is_well_formed_and_stored_only_as_its_hash()
    {
        var (token, hash) = AcknowledgementLink.New();

        Assert.True(AcknowledgementLink.IsWellFormed(token));
        Assert.Equal(64, hash.Length);
        Assert.DoesNotContain(token, hash, StringComparison.Ordinal);
        Assert.Equal(hash, AcknowledgementLink.HashOf(token));
    }

    [Fact]
    public void No_two_links_are_alike()
    {
        var tokens = Enumerable.Range(0, 1000).Select(_ => AcknowledgementLink.New().Token).ToHashSet();

        Assert.Equal(1000, tokens.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")]   // 42 characters
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")] // 44
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/")]  // not base64url
    [InlineData("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa=")]
    public void Anything_else_is_not_looked_up(string? token) => Assert.False(AcknowledgementLink.IsWellFormed(token));
}
