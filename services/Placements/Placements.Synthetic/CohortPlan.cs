using CorporateParenting.CodeLists;

namespace Placements.Synthetic;

/// <summary>What a child is to be at AsAt: looked after or not, and if looked after, in which cell of the national mix.</summary>
internal sealed record ChildPlan(bool LookedAfter, string Sex, PlacementGroup Group, int AgeBand, LegalClass Legal, bool Inside, bool Unstable);

/// <summary>The legal status at AsAt, as the national figures group it.</summary>
internal enum LegalClass
{
    CareOrder,
    Accommodated,
    PlacementOrder,
}

/// <summary>
/// Shares the cohort out by quota rather than child by child, so that even a council-sized cohort has the national mix:
/// how many are looked after at AsAt, and of those each cell of placement group × age band × legal status (largest
/// remainder), then sex, inside our boundary (within each group) and instability as exact counts dealt at random. At
/// national scale this gives the same distributions as drawing each child independently, without the sampling noise.
/// </summary>
internal static class CohortPlan
{
    /// <summary>Of children looked after, the share the builder makes unstable; some of them end with fewer than three placements.</summary>
    public const double UnstableShare = ReferenceDistributions.ThreeOrMorePlacementsShare * 1.08;

    private const int Stream = 0x9_1A7;

    public static ChildPlan[] For(CohortOptions options)
    {
        int total = options.Children;
        int lookedAfter = (int)Math.Round(total * (1 - ReferenceDistributions.LeftCareShare), MidpointRounding.AwayFromZero);
        var random = new Random(ChildBuilder.ChildSeed(ChildBuilder.ChildSeed(options.Seed, 0), Stream)); // index 0 is no child

        var cells = Cells();
        var counts = LargestRemainder(lookedAfter, cells.Select(c => c.Share).ToArray());
        var slots = new List<(PlacementGroup Group, int Band, LegalClass Legal)>(lookedAfter);
        for (int i = 0; i < cells.Count; i++)
        {
            slots.AddRange(Enumerable.Repeat((cells[i].Group, cells[i].Band, cells[i].Legal), counts[i]));
        }

        var males = Dealt(lookedAfter, ReferenceDistributions.MaleShare, random);
        var unstable = Dealt(lookedAfter, UnstableShare, random);
        var inside = new bool[lookedAfter];
        foreach (var group in Enum.GetValues<PlacementGroup>())
        {
            var members = Enumerable.Range(0, lookedAfter).Where(i => slots[i].Group == group).ToList();
            var dealt = Dealt(members.Count, ReferenceDistributions.InsideShares[group], random);
            for (int j = 0; j < members.Count; j++)
            {
                inside[members[j]] = dealt[j];
            }
        }

        var plans = new List<ChildPlan>(total);
        for (int i = 0; i < lookedAfter; i++)
        {
            var (group, band, legal) = slots[i];
            plans.Add(new ChildPlan(true, males[i] ? "M" : "F", group, band, legal, inside[i], unstable[i]));
        }

        var leftMales = Dealt(total - lookedAfter, ReferenceDistributions.MaleShare, random);
        plans.AddRange(leftMales.Select(male => new ChildPlan(false, male ? "M" : "F", PlacementGroup.Foster, 0, LegalClass.CareOrder, false, false)));
        Shuffle(plans, random);
        return [.. plans];
    }

    /// <summary>Chance of each legal class at AsAt in a group and age band; the builder's <c>FinalLegalInCare</c> keeps to the class.</summary>
    public static double LegalShare(PlacementGroup group, int band, LegalClass legal)
    {
        (double care, double accommodated, double placementOrder) = group switch
        {
            PlacementGroup.PlacedForAdoption => (0.3, 0, 0.7), // A3/A4 under a care order, A5/A6 a placement order (rule 408)
            PlacementGroup.WithParents => (1, 0, 0), // never V2 with P1 (rule 378)
            PlacementGroup.SupportedAccommodation => (0.5, 0.5, 0),
            _ => WithPlacementOrder(group == PlacementGroup.Foster && band < 3 ? 0.158 : 0, band == 4 ? 0.35 : 0.14),
        };
        return legal switch
        {
            LegalClass.CareOrder => care,
            LegalClass.Accommodated => accommodated,
            _ => placementOrder,
        };

        static (double, double, double) WithPlacementOrder(double e1, double v2) => ((1 - e1) * (1 - v2), (1 - e1) * v2, e1);
    }

    private static List<(PlacementGroup Group, int Band, LegalClass Legal, double Share)> Cells()
    {
        var cells = new List<(PlacementGroup, int, LegalClass, double)>();
        foreach (var (group, groupShare) in ReferenceDistributions.PlacementShares)
        {
            var bands = ReferenceDistributions.AgeBandSharesGiven(group);
            for (int band = 0; band < bands.Length; band++)
            {
                foreach (var legal in Enum.GetValues<LegalClass>())
                {
                    double share = groupShare * bands[band] * LegalShare(group, band, legal);
                    if (share > 0)
                    {
                        cells.Add((group, band, legal, share));
                    }
                }
            }
        }

        return cells;
    }

    /// <summary>Whole counts summing to <paramref name="total"/>: each share's floor, then one more for the largest remainders.</summary>
    internal static int[] LargestRemainder(int total, IReadOnlyList<double> shares)
    {
        double sum = shares.Sum();
        var exact = shares.Select(s => s / sum * total).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        foreach (int i in Enumerable.Range(0, exact.Length).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).Take(total - counts.Sum()))
        {
            counts[i]++;
        }

        return counts;
    }

    /// <summary>Exactly round(count × share) trues, in random places.</summary>
    private static bool[] Dealt(int count, double share, Random random)
    {
        int trues = LargestRemainder(count, [share, 1 - share])[0];
        var dealt = Enumerable.Range(0, count).Select(i => i < trues).ToList();
        Shuffle(dealt, random);
        return [.. dealt];
    }

    private static void Shuffle<T>(List<T> items, Random random)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
