using CorporateParenting.CodeLists;

namespace Placements.Synthetic;

/// <summary>
/// The national mix of children looked after at 31 March (docs/reference-figures.md §2), and the joint
/// age-by-placement mix that reproduces both marginals (supported accommodation only at 16+, adoption only when young).
/// </summary>
public static class ReferenceDistributions
{
    public const double MaleShare = 0.57;
    public const double LeftCareShare = 1.0 / 3.0;
    public const double ThreeOrMorePlacementsShare = 0.10;
    public const double FosterInsideShare = 0.39;
    public const double FosterOutsideShare = 0.29;
    public const double ChildrensHomesOutsideShare = 0.07;

    /// <summary>Legal status at 31 March: care orders (C1 and C2 together), section 20 (V2) and placement orders (E1).</summary>
    public static readonly IReadOnlyDictionary<string, double> LegalStatusShares = new Dictionary<string, double>
    {
        ["C"] = 0.75,
        ["V2"] = 0.19,
        ["E1"] = 0.06,
    };

    /// <summary>Age bands (inclusive whole years) with their national share.</summary>
    public static readonly IReadOnlyList<(int From, int To, double Share)> AgeBands =
    [
        (0, 0, 0.04), (1, 4, 0.13), (5, 9, 0.18), (10, 15, 0.38), (16, 17, 0.27),
    ];

    public static readonly IReadOnlyDictionary<PlacementGroup, double> PlacementShares = new Dictionary<PlacementGroup, double>
    {
        [PlacementGroup.Foster] = 0.67,
        [PlacementGroup.ChildrensHome] = 0.10,
        [PlacementGroup.SupportedAccommodation] = 0.07,
        [PlacementGroup.WithParents] = 0.06,
        [PlacementGroup.PlacedForAdoption] = 0.02,
        [PlacementGroup.Other] = 0.08,
    };

    /// <summary>Share of each group placed inside our boundary (foster 39 of 68; homes 3 of 10).</summary>
    public static readonly IReadOnlyDictionary<PlacementGroup, double> InsideShares = new Dictionary<PlacementGroup, double>
    {
        [PlacementGroup.Foster] = 39.0 / 68.0,
        [PlacementGroup.ChildrensHome] = 0.30,
        [PlacementGroup.SupportedAccommodation] = 0.50,
        [PlacementGroup.WithParents] = 0.80,
        [PlacementGroup.PlacedForAdoption] = 0.50,
        [PlacementGroup.Other] = 0.45,
    };

    /// <summary>Age band shares within each non-foster group; foster takes what is left of each band.</summary>
    private static readonly Dictionary<PlacementGroup, double[]> AgeWithinGroup = new()
    {
        [PlacementGroup.ChildrensHome] = [0, 0, 0.05, 0.55, 0.40],
        [PlacementGroup.SupportedAccommodation] = [0, 0, 0, 0, 1],
        [PlacementGroup.WithParents] = [0.05, 0.20, 0.25, 0.35, 0.15],
        [PlacementGroup.PlacedForAdoption] = [0.25, 0.75, 0, 0, 0],
        [PlacementGroup.Other] = [0.05, 0.05, 0.10, 0.40, 0.40],
    };

    private static readonly Dictionary<PlacementGroup, double[]> AgeBandGivenGroup = BuildAgeBandGivenGroup();

    /// <summary>Share of each age band (index into <see cref="AgeBands"/>) among children in the group.</summary>
    internal static double[] AgeBandSharesGiven(PlacementGroup group) => AgeBandGivenGroup[group];

    private static Dictionary<PlacementGroup, double[]> BuildAgeBandGivenGroup()
    {
        var result = new Dictionary<PlacementGroup, double[]>();
        var fosterMass = AgeBands.Select(b => b.Share).ToArray();
        foreach (var (group, shares) in AgeWithinGroup)
        {
            for (int band = 0; band < shares.Length; band++)
            {
                fosterMass[band] -= shares[band] * PlacementShares[group];
            }

            result[group] = shares;
        }

        double fosterTotal = fosterMass.Sum(m => Math.Max(0, m));
        result[PlacementGroup.Foster] = fosterMass.Select(m => Math.Max(0, m) / fosterTotal).ToArray();
        return result;
    }
}
