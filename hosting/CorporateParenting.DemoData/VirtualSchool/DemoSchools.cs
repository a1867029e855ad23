using VirtualSchool.Domain.Pupils;

namespace CorporateParenting.DemoData.VirtualSchool;

/// <summary>A school of the demo: fictional names, URNs in a range no real school has (the GIAS register's start at 100000).</summary>
public sealed record DemoSchool(string Urn, string Name, string Phase, string ProvisionType, string LocalAuthorityCode);

/// <summary>
/// The demo's schools: a realistic spread for one authority's looked-after pupils (mostly mainstream, some special schools,
/// a pupil referral unit, alternative provision, a residential special school and a post-16 college), plus a primary and a
/// secondary school in each other authority a pupil is placed in, since a child placed out of area goes to school there.
/// </summary>
public static class DemoSchools
{
    public const string HomeAuthority = "E06000015";

    public static IReadOnlyList<DemoSchool> Home { get; } =
    [
        new("090001", "Riverside Primary School", "primary", "mainstream", HomeAuthority),
        new("090002", "Alvaston Meadows Primary School", "primary", "mainstream", HomeAuthority),
        new("090003", "St Werburgh's CE Primary School", "primary", "mainstream", HomeAuthority),
        new("090004", "Chaddesden Park Primary School", "primary", "mainstream", HomeAuthority),
        new("090005", "Littleover Brook Infant and Junior School", "primary", "mainstream", HomeAuthority),
        new("090006", "Normanton Fields Primary School", "primary", "mainstream", HomeAuthority),
        new("090011", "Derwent Valley Academy", "secondary", "mainstream", HomeAuthority),
        new("090012", "Allestree Woodlands School", "secondary", "mainstream", HomeAuthority),
        new("090013", "Sinfin Community School", "secondary", "mainstream", HomeAuthority),
        new("090014", "Mickleover Heights Academy", "secondary", "mainstream", HomeAuthority),
        new("090021", "Kingsmead Special School", "all-through", "special", HomeAuthority),
        new("090022", "Ivy House School", "all-through", "special", HomeAuthority),
        new("090031", "Derby Pupil Referral Unit", "secondary", "pru", HomeAuthority),
        new("090032", "Stepping Stones Alternative Provision", "secondary", "alternative-provision", HomeAuthority),
        new("090041", "Peak View Residential School", "all-through", "residential", HomeAuthority),
        new("090051", "Derby College Joseph Wright Centre", "16-plus", "post-16-college", HomeAuthority),
    ];

    /// <summary>A primary and a secondary school in <paramref name="authorityCode"/>, with URNs derived from the code so every run names them alike.</summary>
    public static IReadOnlyList<DemoSchool> In(string authorityCode)
    {
        var number = Math.Abs(StableHash(authorityCode)) % 4000 + 91000;
        return
        [
            new($"0{number}", $"Hillcrest Primary School ({authorityCode})", "primary", "mainstream", authorityCode),
            new($"0{number + 5000}", $"Oakfield Academy ({authorityCode})", "secondary", "mainstream", authorityCode),
        ];
    }

    /// <summary>
    /// The school a pupil of <paramref name="yearGroup"/> attends: by phase, with a few secondary-age pupils in special
    /// schools, the PRU and alternative provision (looked-after pupils are over-represented there), post-16 at the college.
    /// </summary>
    public static DemoSchool For(int yearGroup, string placementAuthorityCode, bool isOutOfArea, Random random)
    {
        if (isOutOfArea)
        {
            var local = In(placementAuthorityCode);
            return yearGroup <= 6 ? local[0] : local[1];
        }
        var roll = random.NextDouble();
        if (yearGroup >= 12)
        {
            return Home.Single(s => s.ProvisionType == "post-16-college");
        }
        if (roll < 0.06)
        {
            return Home.Where(s => s.ProvisionType is "special" or "residential").ElementAt(random.Next(3));
        }
        if (yearGroup >= 7 && roll < 0.10)
        {
            return Home.Where(s => s.ProvisionType is "pru" or "alternative-provision").ElementAt(random.Next(2));
        }
        var phase = yearGroup <= 6 ? "primary" : "secondary";
        var mainstream = Home.Where(s => s.Phase == phase && s.ProvisionType == "mainstream").ToArray();
        return mainstream[random.Next(mainstream.Length)];
    }

    /// <summary>Whether the demo enrols a pupil: Reception to Year 13 (early years settings are not schools with registers).</summary>
    public static bool IsOfSchoolAge(int yearGroup, EducationStage stage) =>
        yearGroup >= 0 && stage is EducationStage.CompulsorySchoolAge or EducationStage.Post16 or EducationStage.EarlyYears;

    /// <summary>A hash that is the same in every process (string.GetHashCode is not).</summary>
    public static int StableHash(string text)
    {
        unchecked
        {
            var hash = 17;
            foreach (var c in text)
            {
                hash = hash * 31 + c;
            }
            return hash == int.MinValue ? 0 : hash;
        }
    }
}
