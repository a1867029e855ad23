using Notifications.Domain.Outbound;

namespace Notifications.UnitTests.Outbound;

/// <summary>docs/out-of-area.md §2, §13: the reg 13 recipients besides the host, as the social worker's checklist.</summary>
public sealed class OtherRecipients_Specs
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void The_checklist_has_every_recipient_reg_13_names_besides_the_host() =>
        Assert.Equal(["child", "parents", "contact", "previous-carer", "icb", "gp", "education", "iro"], OtherRecipients.Codes);

    [Theory]
    [InlineData("child")]
    [InlineData("parents")]
    [InlineData("contact")]
    [InlineData("previous-carer")]
    public void The_child_parents_contacts_and_previous_carer_may_be_left_out_with_a_reason(string code) =>
        Assert.Null(OtherRecipients.Check(code, null, "Police advice: the father's whereabouts must not be known", Today));

    [Theory]
    [InlineData("icb")]
    [InlineData("gp")]
    [InlineData("education")]
    [InlineData("iro")]
    public void The_ICB_GP_education_provider_and_IRO_are_never_left_out(string code) =>
        Assert.Contains("no exception", OtherRecipients.Check(code, null, "no time", Today));

    [Fact]
    public void A_record_is_the_day_notice_went_or_a_reason_not_both_nor_neither()
    {
        Assert.Null(OtherRecipients.Check("iro", Today, null, Today));
        Assert.Contains("not both", OtherRecipients.Check("parents", Today, "risk", Today));
        Assert.Contains("give notifiedOn", OtherRecipients.Check("gp", null, null, Today));
    }

    [Fact]
    public void Notice_cannot_have_gone_after_today() =>
        Assert.Contains("after today", OtherRecipients.Check("gp", Today.AddDays(1), null, Today));
}
