namespace LeavingCare.Domain.InTouch;

/// <summary>The row that will be returned for a young person in the cohort, what it still lacks, and the validation rules it breaks.</summary>
public sealed record Oc3Report(Oc3CohortDecision Decision, ContactWindow Window, Oc3Row Row, IReadOnlyList<Oc3Gap> Gaps, IReadOnlyList<Oc3Finding> Findings)
{
    public bool IsComplete => Gaps.Count == 0 && Findings.Count == 0;
}
