namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// Money set aside for <see cref="PupilId"/> at the school <see cref="Urn"/>, for the needs named by the PEP targets
/// <see cref="TargetIds"/>. <see cref="ReallocatedFrom"/> names the allocation at the previous school whose unpaid part it
/// took over (docs/virtual-school.md §10.5).
/// </summary>
public sealed record PupilPremiumPlusAllocation(
    Guid Id,
    Guid PupilId,
    string Urn,
    IReadOnlyList<Guid> TargetIds,
    Guid? ReallocatedFrom = null);
