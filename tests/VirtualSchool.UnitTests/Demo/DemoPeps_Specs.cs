using System.Text.Json;
using CorporateParenting.DemoData.VirtualSchool;
using VirtualSchool.Domain.Peps;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.UnitTests.Demo;

public sealed class DemoPeps_Specs
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    [Fact]
    public void Every_status_is_reached_within_the_first_five_peps_and_about_three_in_five_are_completed()
    {
        var first = Enumerable.Range(0, 5).Select(DemoPeps.OutcomeFor).ToHashSet();
        var hundred = Enumerable.Range(0, 100).Select(DemoPeps.OutcomeFor).ToList();

        Assert.Superset(new HashSet<DemoPepOutcome> { DemoPepOutcome.Completed, DemoPepOutcome.Returned, DemoPepOutcome.Submitted, DemoPepOutcome.Draft }, first);
        Assert.InRange(hundred.Count(o => o == DemoPepOutcome.Completed), 55, 65);
        Assert.Contains(DemoPepOutcome.PartlyWritten, hundred);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Targets_are_SMART_ask_for_release_bands_and_fit_a_pupils_demo_budget(int index)
    {
        var targets = DemoPeps.TargetsFor(index);
        var meetingOn = Today.AddDays(-1 - (index % 7));
        var bands = ReleasePolicy.PerTermOnRequest.AllowedTermAmounts.Select(m => m.Pounds).ToList();

        Assert.All(targets, t => Assert.Empty(new SmartTarget(t.What, t.Who, meetingOn.AddDays(t.ByWhenDays), t.FundingRequested).Problems(meetingOn)));
        Assert.All(targets, t => Assert.Contains(t.FundingRequested, bands));
        Assert.Contains(targets, t => t.FundingRequested >= 400m); // a first term's £400 release can be paid against it
        Assert.InRange(targets.Sum(t => t.FundingRequested), 400m, 2630m - 200m);
    }

    [Fact]
    public void A_written_pep_has_every_section_but_attendance_which_the_service_writes_and_a_partly_written_one_only_two()
    {
        var full = JsonSerializer.SerializeToElement(DemoPeps.Content("Ava", Today, 3));
        var partly = JsonSerializer.SerializeToElement(DemoPeps.Content("Ava", Today, 3, partly: true));

        Assert.Equal(8, full.GetProperty("sections").EnumerateObject().Count());
        Assert.False(full.GetProperty("sections").TryGetProperty("attendance", out _));
        Assert.Equal(4, full.GetProperty("attendees").GetArrayLength());
        Assert.True(DateOnly.Parse(full.GetProperty("meetingOn").GetString()!) < Today);
        Assert.Equal(2, partly.GetProperty("sections").EnumerateObject().Count());
        Assert.Equal(0, partly.GetProperty("targets").GetArrayLength());
    }
}
