namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// Which 31 August the 4–15 age test uses for a financial year. The source does not say; the natural reading is the one
/// inside the year (unconfirmed), so it is configuration (docs/virtual-school.md §10.3).
/// </summary>
public enum AgeReferenceDay
{
    /// <summary>The 31 August inside the financial year: 31 Aug 2025 for 2025-26. The default.</summary>
    ThirtyFirstAugustInYear,

    /// <summary>The 31 August before the financial year starts: 31 Aug 2024 for 2025-26.</summary>
    ThirtyFirstAugustBeforeYear,
}
