using CorporateParenting.CodeLists;

namespace Placements.Synthetic;

/// <summary>
/// Makes placements that the server's PlacementRules accept: no provider for T0–T4 and Z11–Z14, PR0 only with P1,
/// PR1/PR2 never with P1, R2 or R5, PR1 only inside our own area, an Ofsted URN exactly for the types Ofsted registers.
/// </summary>
internal sealed class PlacementFactory(CohortOptions options)
{
    private static readonly Weighted<string> FosterTypes =
        new(("U1", 0.08), ("U2", 0.01), ("U3", 0.10), ("U4", 0.30), ("U5", 0.01), ("U6", 0.50));

    private static readonly (string Type, double Weight, int MinAge)[] OtherTypes =
    [
        ("R1", 0.15, 0), ("R2", 0.05, 0), ("R3", 0.10, 0), ("R5", 0.08, 10), ("S1", 0.15, 4), ("K1", 0.05, 10),
        ("P3", 0.02, 14), ("Z11", 0.10, 0), ("Z12", 0.10, 0), ("Z13", 0.10, 0), ("Z14", 0.10, 0),
    ];

    /// <summary>Placed for adoption under a placement order (A5, A6; rule 408) or not (A3, A4).</summary>
    private static readonly Weighted<string> AdoptionTypesWithPlacementOrder = new(("A5", 0.2), ("A6", 0.5));
    private static readonly Weighted<string> AdoptionTypesWithoutPlacementOrder = new(("A3", 0.1), ("A4", 0.2));

    private static readonly HashSet<string> WithoutProvider = ["T0", "T1", "T2", "T3", "T4", "Z11", "Z12", "Z13", "Z14"];
    private static readonly HashSet<string> WithoutUrn = ["P1", "P3", "R1", "R2", "R5", .. WithoutProvider];

    /// <summary>Fostering and adoption agencies each authority's children are placed through, by provider code.</summary>
    private const int AgenciesPerProvider = 4;

    /// <summary>The youngest age at which a placement type may start.</summary>
    public static int MinimumAge(string type) => type switch
    {
        "K3" => 16,
        "P3" => 14,
        "R5" or "K1" => 10,
        "S1" => 4,
        _ => 0,
    };

    public string TypeFor(PlacementGroup group, int age, bool placementOrder, Random random) => group switch
    {
        PlacementGroup.Foster => FosterTypes.Pick(random),
        PlacementGroup.ChildrensHome => "K2",
        PlacementGroup.SupportedAccommodation => "K3",
        PlacementGroup.WithParents => "P1",
        PlacementGroup.PlacedForAdoption => (placementOrder ? AdoptionTypesWithPlacementOrder : AdoptionTypesWithoutPlacementOrder).Pick(random),
        _ => new Weighted<string>(OtherTypes.Where(t => t.MinAge <= age).Select(t => (t.Type, t.Weight)).ToArray()).Pick(random),
    };

    /// <summary>A placement before the final one, suited to the child's age on the day it starts.</summary>
    public string InterimTypeFor(int age, Random random)
    {
        double x = random.NextDouble();
        return age switch
        {
            >= 16 => x < 0.55 ? FosterTypes.Pick(random) : x < 0.80 ? "K2" : "K3",
            >= 10 => x < 0.80 ? FosterTypes.Pick(random) : x < 0.95 ? "K2" : "R1",
            >= 1 => x < 0.95 ? FosterTypes.Pick(random) : "P1",
            _ => x < 0.90 ? FosterTypes.Pick(random) : "R3",
        };
    }

    public PlannedPlacement Create(string type, Random random, bool? inside = null)
    {
        bool isInside = inside ?? random.NextDouble() < ReferenceDistributions.InsideShares[PlacementGroups.Of(type)];
        string authority = isInside ? options.OurAuthorityCode : OutsideAuthority(random);
        string provider = ProviderFor(type, isInside, random);
        string urn = UrnFor(type, provider, authority, random);
        string postcode = Postcode(authority, random); // a temporary placement has one too (rule 392b)
        return new PlannedPlacement(type, provider, urn, postcode, authority);
    }

    /// <summary>
    /// A foster or adoption placement is registered through its agency (or the authority's own fostering service), so
    /// children placed by the same provider in the same area share a few URNs; a home or school has its own.
    /// </summary>
    private static string UrnFor(string type, string provider, string authority, Random random)
    {
        if (WithoutUrn.Contains(type))
        {
            return string.Empty;
        }

        if (type[0] is 'U' or 'A')
        {
            int agency = provider == "PR1" ? 0 : random.Next(AgenciesPerProvider);
            uint hash = 2166136261;
            foreach (char c in $"{authority}/{provider}/{agency}")
            {
                hash = (hash ^ c) * 16777619;
            }
            return $"SC{hash % 900_000 + 100_000}";
        }

        return $"SC{random.Next(100_000, 1_000_000)}";
    }

    private string OutsideAuthority(Random random)
    {
        var neighbours = options.NeighbourAuthorityCodes;
        var distant = options.DistantAuthorityCodes;
        bool neighbour = distant.Count == 0 || (neighbours.Count > 0 && random.NextDouble() < 0.75);
        return neighbour ? neighbours[random.Next(neighbours.Count)] : distant[random.Next(distant.Count)];
    }

    private static string ProviderFor(string type, bool inside, Random random)
    {
        if (WithoutProvider.Contains(type))
        {
            return string.Empty;
        }

        double x = random.NextDouble();
        return type switch
        {
            "P1" => "PR0",
            "R2" or "R5" => "PR3",
            "U1" or "U2" or "U3" or "U4" or "U5" or "U6" =>
                inside ? (x < 0.60 ? "PR1" : x < 0.90 ? "PR4" : "PR5") : (x < 0.20 ? "PR2" : x < 0.80 ? "PR4" : "PR5"),
            "A3" or "A4" or "A5" or "A6" => inside ? (x < 0.80 ? "PR1" : "PR5") : (x < 0.50 ? "PR2" : "PR5"),
            "K1" => inside ? "PR1" : "PR2",
            "R1" or "R3" => x < 0.5 ? "PR3" : "PR4",
            _ => inside ? (x < 0.25 ? "PR1" : x < 0.85 ? "PR4" : "PR5") : (x < 0.10 ? "PR2" : x < 0.85 ? "PR4" : "PR5"),
        };
    }

    /// <summary>A postcode in the authority's area, as the generator draws them (not a real address).</summary>
    public string Postcode(string authority, Random random)
    {
        string area = authority == options.OurAuthorityCode ? "DE" : authority switch
        {
            "E10000007" => "S",
            "E06000018" or "E10000024" => "NG",
            "E08000025" => "B",
            "E09000022" => "SW",
            "E06000023" => "BS",
            "E10000016" => "ME",
            _ => "LE",
        };
        const string letters = "ABDEFGHJLNPQRSTUWXYZ";
        return $"{area}{random.Next(1, 25)} {random.Next(0, 10)}{letters[random.Next(letters.Length)]}{letters[random.Next(letters.Length)]}";
    }
}
