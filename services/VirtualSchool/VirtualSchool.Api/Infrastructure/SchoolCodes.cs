namespace VirtualSchool.Api.Infrastructure;

/// <summary>The codes a <see cref="SchoolRow"/> holds (docs/virtual-school.md §8).</summary>
public static class SchoolCodes
{
    /// <summary>Phase of education as Get Information about Schools names it, in kebab case.</summary>
    public static readonly string[] Phases =
        ["nursery", "primary", "middle-deemed-primary", "secondary", "middle-deemed-secondary", "all-through", "16-plus", "not-applicable"];

    /// <summary>The kinds of provision a looked-after child may be enrolled at.</summary>
    public static readonly string[] ProvisionTypes =
        ["mainstream", "special", "pru", "alternative-provision", "independent", "residential", "post-16-college"];
}
