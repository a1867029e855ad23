using VirtualSchool.Domain.Pupils;

namespace VirtualSchool.UnitTests.Pupils;

public sealed class UpnHolders_Specs
{
    private sealed record Holder(string Name, bool IsCurrent);

    private static (UpnMatch Match, string? Named) Choose(params Holder[] holders) =>
        (UpnHolders.Choose(holders, h => h.IsCurrent, out var named), named?.Name);

    [Fact]
    public void Nobody_holds_it() => Assert.Equal((UpnMatch.None, null), Choose());

    [Fact]
    public void The_only_holder_is_named_current_or_not()
    {
        Assert.Equal((UpnMatch.One, "a"), Choose(new Holder("a", IsCurrent: true)));
        Assert.Equal((UpnMatch.One, "a"), Choose(new Holder("a", IsCurrent: false)));
    }

    [Fact]
    public void Among_several_the_only_current_holder_is_named_wherever_it_comes()
    {
        Assert.Equal((UpnMatch.One, "now"), Choose(new Holder("left", false), new Holder("now", true)));
        Assert.Equal((UpnMatch.One, "now"), Choose(new Holder("now", true), new Holder("left", false), new Holder("earlier", false)));
    }

    [Fact]
    public void Two_current_holders_or_none_current_among_several_name_nobody()
    {
        Assert.Equal((UpnMatch.Several, null), Choose(new Holder("a", true), new Holder("b", true)));
        Assert.Equal((UpnMatch.Several, null), Choose(new Holder("a", false), new Holder("b", false)));
        Assert.Equal((UpnMatch.Several, null), Choose(new Holder("a", true), new Holder("b", false), new Holder("c", true)));
    }
}
