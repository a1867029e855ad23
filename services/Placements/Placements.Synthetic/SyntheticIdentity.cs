using System.Globalization;
using CorporateParenting.Placements.V1;
using Placements.Domain;

namespace Placements.Synthetic;

/// <summary>
/// What the return's Header and Episodes need of a generated child besides the care history: a UPN (UN1 for a child not
/// yet 4, who has no school; rules 442, 209), an ethnicity and the postcode of the home the child came from (rule 392b),
/// sent with every entry to care. Drawn from a stream of its own, so the rest of the cohort is as it would be without it.
/// </summary>
internal static class SyntheticIdentity
{
    private const int Stream = 0x1D3E;

    /// <summary>Illustrative shares of ETHNIC codes; the return's figures are not judged on them.</summary>
    private static readonly Weighted<string> Ethnicities = new(
        ("WBRI", 0.70), ("WOTH", 0.05), ("MWBC", 0.04), ("MOTH", 0.04), ("BAFR", 0.03), ("BCRB", 0.02), ("AOTH", 0.03),
        ("APKN", 0.02), ("OOTH", 0.05), ("NOBT", 0.02));

    public static void Record(
        IEnumerable<CaseSystemCommand> commands, CohortOptions options, PlacementFactory factory, int index, DateOnly dateOfBirth, DateOnly asAt)
    {
        var random = new Random(ChildBuilder.ChildSeed(ChildBuilder.ChildSeed(options.Seed, index), Stream));
        string upn = Ages.On(dateOfBirth, asAt) < 4 ? "UN1" : UniquePupilNumber.WithCheckLetter(
            string.Create(CultureInfo.InvariantCulture, $"831{1000 + index / 1000 % 9000:0000}{dateOfBirth.Year % 100:00}{index % 1000:000}"));
        string ethnicity = Ethnicities.Pick(random);
        string home = factory.Postcode(options.OurAuthorityCode, random);
        foreach (var entry in commands.Select(c => c.Request).OfType<RecordEntryToCareRequest>())
        {
            entry.Upn = upn;
            entry.Ethnicity = ethnicity;
            entry.HomePostcode = home;
        }
    }
}
