namespace VirtualSchool.Domain.Peps;

/// <summary>A PEP's quality rating with what it rests on: items met of the checklist, and whether every mandatory one is (docs/virtual-school.md §9.8).</summary>
public sealed record PepQualityAssessment(
    PepRating Rating, int Met, int Items, bool AllMandatoryMet, bool IsAdequate, IReadOnlyList<QualityCheckResult> Results)
{
    /// <summary>Items met ÷ items × 100, exact.</summary>
    public decimal MetPercent => Met * 100m / Items;
}
