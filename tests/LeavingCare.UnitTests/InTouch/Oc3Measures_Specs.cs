using LeavingCare.Domain.InTouch;

namespace LeavingCare.UnitTests.InTouch;

/// <summary>docs/leaving-care.md §7.4: the Board's care leaver measures, counted by OC3 age group from the year's return.</summary>
public sealed class Oc3Measures_Specs
{
    [Fact]
    public void Each_age_group_holds_the_ages_at_its_edges_and_no_other()
    {
        var counts = Oc3Measures.Count([(16, Row()), (17, Row()), (18, Row()), (19, Row()), (21, Row()), (22, Row()), (25, Row()), (26, Row())]);

        Assert.Equal([("17-18", 2), ("19-21", 2), ("22-25", 2)], counts.Select(c => (c.Band.Ages, c.YoungPeople)));
    }

    [Fact]
    public void In_touch_suitable_accommodation_and_eet_are_counted_from_the_codes_returned()
    {
        var counts = Oc3Measures.Count(
        [
            (19, new Oc3Row("YES", "F1", "B1")),  // in touch, EET, suitable
            (20, new Oc3Row("YES", "G4", "S2")),  // in touch, not in EET, no fixed abode
            (21, new Oc3Row("NO", "0", "0")),      // not in touch: nothing known counts against every share
            (19, new Oc3Row(null, null, null)),    // not known yet
            (20, new Oc3Row("YES", "P2", "D2")),  // EET part time, unsuitable
        ]);

        var band = counts.Single(c => c.Band.Ages == "19-21");
        Assert.Equal((5, 3, 1, 2), (band.YoungPeople, band.InTouch, band.SuitableAccommodation, band.InEducationEmploymentOrTraining));
    }

    [Fact]
    public void Accommodation_and_activity_are_not_measured_from_22()
    {
        var band = Oc3Measures.Count([(22, new Oc3Row("YES", null, "B1")), (25, new Oc3Row("REFU", null, null))]).Single(c => c.Band.Ages == "22-25");

        Assert.Equal((2, 1, (int?)null, (int?)null), (band.YoungPeople, band.InTouch, band.SuitableAccommodation, band.InEducationEmploymentOrTraining));
    }

    [Fact]
    public void An_empty_return_has_every_group_with_no_one_in_it() =>
        Assert.Equal([0, 0, 0], Oc3Measures.Count([]).Select(c => c.YoungPeople));

    [Fact]
    public void A_tally_added_to_one_young_person_at_a_time_counts_as_the_whole_return_does()
    {
        (int Age, Oc3Row Row)[] returned = [(17, Row()), (19, new Oc3Row("YES", "G4", "S2")), (20, new Oc3Row("NO", "0", "0")), (23, Row()), (30, Row())];
        var tally = new Oc3MeasuresTally();
        var before = tally.Counts;

        foreach (var (age, row) in returned)
        {
            tally.Add(age, row);
        }

        Assert.Equal(Oc3Measures.Count(returned), tally.Counts);
        Assert.Equal([(1, 1, 1, 1), (2, 1, 0, 0)], tally.Counts.Take(2).Select(c => (c.YoungPeople, c.InTouch, c.SuitableAccommodation, c.InEducationEmploymentOrTraining)));
        Assert.Equal([0, 0, 0], before.Select(c => c.YoungPeople)); // what was read before is not changed by what follows
    }

    private static Oc3Row Row() => new("YES", "F1", "B1");
}
