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
        var rows = returned.ToList();
        return [.. Oc3AgeBand.All.Select(band =>
        {
            var inBand = rows.Where(r => band.Holds(r.Age)).Select(r => r.Row).ToList();
            return new Oc3BandCounts(band, inBand.Count,
                inBand.Count(r => r.InTouch == "YES"),
                band.CollectsAccommodationAndActivity ? inBand.Count(IsInSuitableAccommodation) : null,
                band.CollectsAccommodationAndActivity ? inBand.Count(IsInEducationEmploymentOrTraining) : null);
        })];
    }

    private static bool IsInSuitableAccommodation(Oc3Row row) =>
        row.Accommodation is { } code && code != Oc3Codes.None && Oc3Codes.IsSuitable(code) == true;

    private static bool IsInEducationEmploymentOrTraining(Oc3Row row) =>
        row.Activity is { } code && code != Oc3Codes.None && Oc3Codes.GroupOf(code) == ActivityGroup.InEducationEmploymentOrTraining;
}
