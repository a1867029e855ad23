namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// Whether a child counts for a year's Pupil Premium Plus; if not, <see cref="ReasonsNotEligible"/> says why, one
/// sentence per failed test. <see cref="AgeOnReferenceDay"/> is null for a child not yet born on that day.
/// </summary>
public sealed record EligibilityDecision(
    FinancialYear Year,
    DateOnly ReferenceDay,
    int? AgeOnReferenceDay,
    IReadOnlyList<string> ReasonsNotEligible)
{
    public bool IsEligible => ReasonsNotEligible.Count == 0;
}
