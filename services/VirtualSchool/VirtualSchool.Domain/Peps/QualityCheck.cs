namespace VirtualSchool.Domain.Peps;

/// <summary>One item of the quality assurance checklist (docs/virtual-school.md §9.8); a mandatory item not met keeps a PEP from Green.</summary>
public sealed record QualityCheck
{
    public string Item { get; init; } = "";

    public bool Mandatory { get; init; }
}
