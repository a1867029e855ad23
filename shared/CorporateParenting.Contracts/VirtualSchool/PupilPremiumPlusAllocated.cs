namespace CorporateParenting.Contracts.VirtualSchool;

/// <summary>
/// Pupil Premium Plus was allocated to a school for a pupil, against the needs named by PEP targets; or the unpaid part
/// of an allocation moved to the pupil's new school, when <see cref="ReallocatedFrom"/> names the old allocation
/// (docs/virtual-school.md §10).
/// </summary>
/// <param name="FinancialYear">"2025-26".</param>
/// <param name="Amount">In pounds, to the penny.</param>
public sealed record PupilPremiumPlusAllocated(
    Guid AllocationId,
    Guid PupilId,
    string Urn,
    string FinancialYear,
    decimal Amount,
    IReadOnlyList<Guid> TargetIds,
    Guid? ReallocatedFrom,
    DateTimeOffset OccurredAt);
