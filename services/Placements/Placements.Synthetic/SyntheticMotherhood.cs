using System.Globalization;
using CorporateParenting.Placements.V1;

namespace Placements.Synthetic;

/// <summary>
/// SSDA903 MOTHER and MC_DOB for a generated child, sent with every entry to care. Every girl has MOTHER recorded, as
/// rule 393 asks; a few of those looked after at 14 or over are mothers, their first child born after their 14th
/// birthday, by AsAt and not after their last period of care ended (rules 620, 625; docs/ssda903.md "MOTHER and MC_DOB").
/// Drawn from a stream of its own, so the rest of the cohort is as it would be without it.
/// </summary>
internal static class SyntheticMotherhood
{
    /// <summary>Of girls looked after at 14 or over; a little above the 903's share of mothers among looked-after girls.</summary>
    public const double MotherShare = 0.015;

    private const int Stream = 0x3A7E;

    public static void Record(IEnumerable<CaseSystemCommand> commands, int seed, int index, string sex, DateOnly dateOfBirth, DateOnly lastDayLookedAfter)
    {
        if (sex == "M")
        {
            return;
        }

        var random = new Random(ChildBuilder.ChildSeed(ChildBuilder.ChildSeed(seed, index), Stream));
        var fourteenth = dateOfBirth.AddYears(14);
        var (mother, firstChildBornOn) = lastDayLookedAfter > fourteenth && random.NextDouble() < MotherShare
            ? ("1", fourteenth.AddDays(random.Next(1, lastDayLookedAfter.DayNumber - fourteenth.DayNumber + 1)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            : ("0", string.Empty);
        foreach (var entry in commands.Select(c => c.Request).OfType<RecordEntryToCareRequest>())
        {
            entry.Mother = mother;
            entry.FirstChildBornOn = firstChildBornOn;
        }
    }
}
