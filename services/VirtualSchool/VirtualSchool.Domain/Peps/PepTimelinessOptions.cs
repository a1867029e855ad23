namespace VirtualSchool.Domain.Peps;

/// <summary>The share of PEPs to complete by their due date that the Virtual School aims for (docs/virtual-school.md §9.7).</summary>
public sealed record PepTimelinessOptions
{
    public const string Section = "VirtualSchool:Peps:Timeliness";

    /// <summary>In percent, 0 to 100; 95 by default.</summary>
    public decimal TargetPercent { get; init; } = 95m;
}
