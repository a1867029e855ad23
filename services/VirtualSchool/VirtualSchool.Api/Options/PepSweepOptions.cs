namespace VirtualSchool.Api.Options;

/// <summary>How often the PEP sweep looks for terms' reviews, PEPs past due and pupils past Year 13 (docs/virtual-school.md §9.9).</summary>
public sealed class PepSweepOptions
{
    public const string Section = "VirtualSchool:Peps";

    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromHours(1);
}
