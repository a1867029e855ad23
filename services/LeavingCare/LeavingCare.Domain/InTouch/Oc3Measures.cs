namespace LeavingCare.Domain.InTouch;

/// <summary>
/// The Board's care leaver measures from the year's return (docs/leaving-care.md §7.4): per <see cref="Oc3AgeBand"/>,
/// everyone in the band with a row, and of them those in touch (IN_TOUCH YES), in suitable accommodation (an ACCOM code
/// whose digit is 1) and in education, employment or training (an F or P ACTIV code). A share is of everyone in the band:
/// not in touch, or not known yet, counts against it.
/// </summary>
public static class Oc3Measures
{
    /// <summary>Every band, in order, each counted from the rows of the young people whose age at the year's end it holds.</summary>
    public static IReadOnlyList<Oc3BandCounts> Count(IEnumerable<(int Age, Oc3Row Row)> returned)
    {
        ArgumentNullException.ThrowIfNull(returned);
        var tally = new Oc3MeasuresTally();
        foreach (var (age, row) in returned)
        {
            tally.Add(age, row);
        }
        return tally.Counts;
    }
}

/// <summary>
/// <see cref="Oc3Measures"/> counted one young person at a time, so a return read a page at a time is counted without
/// holding it: <see cref="Add"/> each (age at the year's end, row), then read <see cref="Counts"/>.
/// </summary>
public sealed class Oc3MeasuresTally
{
    private readonly Oc3BandCounts[] _bands = [.. Oc3AgeBand.All.Select(band => band.CollectsAccommodationAndActivity
        ? new Oc3BandCounts(band, 0, 0, 0, 0)
        : new Oc3BandCounts(band, 0, 0, null, null))];

    /// <summary>Every band, in order, as counted so far.</summary>
    public IReadOnlyList<Oc3BandCounts> Counts => [.. _bands];

    /// <summary>Counts the row in the band holding <paramref name="age"/>, if any.</summary>
    public void Add(int age, Oc3Row row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var i = Array.FindIndex(_bands, counts => counts.Band.Holds(age));
        if (i < 0)
        {
            return;
        }
        var band = _bands[i];
        // A measure the band does not collect stays null: null + n is null.
        _bands[i] = band with
        {
            YoungPeople = band.YoungPeople + 1,
            InTouch = band.InTouch + One(row.InTouch == "YES"),
            SuitableAccommodation = band.SuitableAccommodation + One(IsInSuitableAccommodation(row)),
            InEducationEmploymentOrTraining = band.InEducationEmploymentOrTraining + One(IsInEducationEmploymentOrTraining(row)),
        };
    }

    private static int One(bool counted) => counted ? 1 : 0;

    private static bool IsInSuitableAccommodation(Oc3Row row) =>
        row.Accommodation is { } code && code != Oc3Codes.None && Oc3Codes.IsSuitable(code) == true;

    private static bool IsInEducationEmploymentOrTraining(Oc3Row row) =>
        row.Activity is { } code && code != Oc3Codes.None && Oc3Codes.GroupOf(code) == ActivityGroup.InEducationEmploymentOrTraining;
}
