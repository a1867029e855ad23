using LeavingCare.Domain.Status;
using LeavingCare.Domain.StayingPut;
using static LeavingCare.UnitTests.Given;

namespace LeavingCare.UnitTests.StayingPut;

/// <summary>docs/leaving-care.md §6.2: the staying close assessment, for former relevant young people under 25, owed once in force.</summary>
public sealed class StayingClose_Specs
{
    private static readonly DateOnly Born = Date("2004-06-15");

    [Theory]
    [InlineData(CareLeaverCategory.FormerRelevant, "2029-06-14", true)]
    [InlineData(CareLeaverCategory.FormerRelevant, "2029-06-15", false)]
    [InlineData(CareLeaverCategory.Relevant, "2021-01-01", false)]
    [InlineData(CareLeaverCategory.Qualifying, "2025-01-01", false)]
    public void Former_relevant_young_people_can_be_assessed_up_to_the_day_before_their_25th_birthday(CareLeaverCategory category, string on, bool can) =>
        Assert.Equal(can, StayingClose.CanBeAssessed(category, Born, Date(on)));

    [Theory]
    [InlineData(null, "2027-01-01", false)]
    [InlineData("2027-04-01", "2027-03-31", false)]
    [InlineData("2027-04-01", "2027-04-01", true)]
    public void It_is_owed_only_from_the_day_the_section_is_in_force(string? inForceFrom, string on, bool owed) =>
        Assert.Equal(owed, StayingClose.IsOwed(inForceFrom is null ? null : Date(inForceFrom), CareLeaverCategory.FormerRelevant, Born, Date(on)));

    [Fact]
    public void The_support_areas_are_the_acts_five() =>
        Assert.Equal(["accommodation", "health", "relationships", "education-and-employment", "participation"], StayingClose.SupportAreas);
}
