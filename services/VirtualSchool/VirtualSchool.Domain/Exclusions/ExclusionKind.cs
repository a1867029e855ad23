namespace VirtualSchool.Domain.Exclusions;

/// <summary>
/// Suspension (formerly fixed-period exclusion) or permanent exclusion, the school census's FIXD and PERM
/// (docs/virtual-school.md §5).
/// </summary>
public enum ExclusionKind
{
    Suspension,
    PermanentExclusion,
}
