namespace VirtualSchool.Domain.Peps;

/// <summary>
/// When a looked-after child's PEPs start (docs/virtual-school.md §9.2). The national start age was not found, so it is
/// configuration; by default the 3rd birthday. They end with Year 13, which is not configurable.
/// </summary>
public sealed record PepScopeOptions
{
    public const string Section = "VirtualSchool:Peps:Scope";

    /// <summary>The birthday (in years) from which PEPs start; 0 to 5.</summary>
    public int StartAge { get; init; } = 3;

    public PepStartAlignment Alignment { get; init; } = PepStartAlignment.Birthday;
}
