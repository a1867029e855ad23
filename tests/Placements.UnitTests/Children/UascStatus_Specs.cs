using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Children;

public sealed class UascStatus_Specs
{
    private static void Check(string dateOfBirth, string? since, string? ceasedOn) =>
        UascStatus.Check(Date(dateOfBirth), since is null ? null : Date(since), ceasedOn is null ? null : Date(ceasedOn));

    [Theory]
    [InlineData(null, null)]
    [InlineData("2024-03-01", null)]
    [InlineData("2024-03-01", "2024-03-01")]
    [InlineData("2024-03-01", "2026-02-28")]
    public void Uasc_status_may_cease_from_the_day_it_began_to_the_18th_birthday(string? since, string? ceasedOn) =>
        Check("2008-02-29", since, ceasedOn);

    [Fact]
    public void Uasc_status_cannot_cease_after_the_18th_birthday_which_for_a_leap_day_child_is_28_february()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => Check("2008-02-29", "2024-03-01", "2026-03-01"));

        Assert.Equal("UASC status ceases on or before the 18th birthday, 2026-02-28; 2026-03-01 is after it (rule 304).", refusal.Message);
    }

    [Fact]
    public void Uasc_status_cannot_cease_before_it_began()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => Check("2008-02-29", "2024-03-01", "2024-02-29"));

        Assert.Equal("UASC status cannot cease on 2024-02-29, before it began on 2024-03-01.", refusal.Message);
    }

    [Fact]
    public void A_child_not_recorded_as_uasc_has_no_day_it_ceased()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => Check("2008-02-29", null, "2025-01-01"));

        Assert.Equal(
            "UASC status cannot have ceased on 2025-01-01: the child is not recorded as UASC; give the day the status began as well (rule 205C).",
            refusal.Message);
    }

    [Fact]
    public void Uasc_status_cannot_begin_before_birth()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => Check("2008-02-29", "2008-02-28", null));

        Assert.Equal("UASC status cannot begin on 2008-02-28, before the child was born on 2008-02-29.", refusal.Message);
    }
}
