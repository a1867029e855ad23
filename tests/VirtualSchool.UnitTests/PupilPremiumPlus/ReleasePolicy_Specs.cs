using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;
using static VirtualSchool.UnitTests.PupilPremiumPlus.Ledgers;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class ReleasePolicy_Specs
{
    private static readonly PupilPremiumPlusAllocation Tuition = new(Allocation1, Pupil1, SchoolA, [Target1]);

    private static ReleaseDecision PerTerm(decimal amount, decimal alreadyThisTerm = 0, Guid? target = null) =>
        ReleasePolicy.PerTermOnRequest.Decide(Tuition, new ReleaseRequest(Pounds(amount), Pounds(alreadyThisTerm), target ?? Target1, LatestPepAdequate: null));

    private static ReleaseDecision AfterPep(bool? adequate) =>
        ReleasePolicy.AfterAdequatePep.Decide(Tuition, new ReleaseRequest(Pounds(800), Money.Zero, PepTargetId: null, adequate));

    [Theory]
    [InlineData(400, 0)]
    [InlineData(800, 0)]
    [InlineData(1_500, 0)]
    [InlineData(400, 400)] // topped up to £800
    [InlineData(1_100, 400)] // topped up to £1,500
    public void Per_term_on_request_releases_an_allowed_amount_for_the_term(decimal amount, decimal already) =>
        Assert.True(PerTerm(amount, already).MayRelease);

    [Fact]
    public void Per_term_on_request_refuses_an_amount_that_is_not_one_of_the_bands()
    {
        ReleaseDecision decision = PerTerm(500);

        Assert.False(decision.MayRelease);
        Assert.Equal(
            "A term's release for a pupil is one of £0, £400, £800, £1,500: £0 already released this term and £500 asked make £500.",
            decision.WhyNot);
        Assert.False(PerTerm(400, alreadyThisTerm: 1_500).MayRelease);
        Assert.False(PerTerm(1_500.01m).MayRelease);
    }

    [Fact]
    public void Per_term_on_request_needs_the_request_to_come_through_one_of_the_allocations_pep_targets()
    {
        const string Why = "PP+ is released per term on a request made through one of the allocation's PEP targets: name the target.";

        Assert.Equal(Why, ReleasePolicy.PerTermOnRequest.Decide(Tuition, new(Pounds(400), Money.Zero, PepTargetId: null, true)).WhyNot);
        Assert.Equal(Why, PerTerm(400, target: Target2).WhyNot);
    }

    [Fact]
    public void After_an_adequate_pep_releases_only_when_the_latest_pep_is_rated_adequate()
    {
        Assert.True(AfterPep(true).MayRelease);
        Assert.Equal("The pupil's latest PEP is not rated adequate: PP+ is released only after an adequate PEP.", AfterPep(false).WhyNot);
        Assert.Equal("The pupil has no rated PEP yet: PP+ is released only after an adequate PEP.", AfterPep(null).WhyNot);
    }

    [Fact]
    public void Nothing_to_release_is_refused_under_either_policy()
    {
        Assert.Equal("Nothing to release: the amount must be more than £0 (asked: £0).", PerTerm(0).WhyNot);
        Assert.False(ReleasePolicy.AfterAdequatePep.Decide(Tuition, new(Money.Zero, Money.Zero, null, true)).MayRelease);
    }

    [Fact]
    public void A_configured_set_of_bands_replaces_warwickshires()
    {
        var policy = ReleasePolicy.PerTermOnRequest with { AllowedTermAmounts = [Pounds(500), Pounds(1_000)] };

        Assert.True(policy.Decide(Tuition, new(Pounds(500), Money.Zero, Target1, null)).MayRelease);
        Assert.False(policy.Decide(Tuition, new(Pounds(400), Money.Zero, Target1, null)).MayRelease);
    }

    [Fact]
    public void A_refusal_can_be_thrown_with_its_reason()
    {
        PerTerm(400).ThrowIfRefused();

        Assert.Equal(AfterPep(false).WhyNot, Assert.Throws<VirtualSchoolRuleViolation>(() => AfterPep(false).ThrowIfRefused()).Message);
    }
}
