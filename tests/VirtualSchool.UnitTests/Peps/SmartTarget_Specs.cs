using VirtualSchool.Domain;
using VirtualSchool.Domain.Peps;
using static VirtualSchool.UnitTests.Given;

namespace VirtualSchool.UnitTests.Peps;

public sealed class SmartTarget_Specs
{
    private static readonly DateOnly Meeting = Date("2026-01-12");

    [Theory]
    [InlineData("2026-01-12", 0)]       // by the meeting day itself, no funding
    [InlineData("2026-07-22", 2570.00)]
    [InlineData("2026-03-27", 99.99)]
    public void A_complete_target_has_no_problems(string byWhen, double funding) =>
        Assert.Empty(new SmartTarget("Times tables to 12", "Class teacher", Date(byWhen), (decimal)funding).Problems(Meeting));

    [Fact]
    public void Each_problem_names_its_field()
    {
        var target = new SmartTarget(" ", "", Date("2026-01-11"), -5.5m);

        Assert.Equal(
            [
                "'what' is blank: say what the pupil will achieve",
                "'who' is blank: name who is responsible",
                "'by when' (11 Jan 2026) is before the meeting (12 Jan 2026)",
                "'funding requested' (-5.5) cannot be negative",
            ],
            target.Problems(Meeting));
    }

    [Fact]
    public void Funding_is_in_pounds_and_pence() =>
        Assert.Equal(
            ["'funding requested' (10.005) is not a sum in pounds and pence"],
            new SmartTarget("Tutoring", "Designated teacher", Meeting, 10.005m).Problems(Meeting));

    [Fact]
    public void Check_numbers_the_targets_it_refuses()
    {
        SmartTarget good = new("Tutoring", "Designated teacher", Meeting, 400m);
        SmartTarget bad = good with { What = "" };

        var refused = Assert.Throws<VirtualSchoolRuleViolation>(() => SmartTarget.Check([good, bad], Meeting));

        Assert.Equal("The PEP's targets need correcting: target 2: 'what' is blank: say what the pupil will achieve.", refused.Message);
        SmartTarget.Check([good], Meeting);
    }
}
