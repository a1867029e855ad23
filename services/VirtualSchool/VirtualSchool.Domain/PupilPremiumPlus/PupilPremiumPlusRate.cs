namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// The DfE rates for one financial year: Pupil Premium Plus per eligible looked-after child, and optionally the Early
/// Years Pupil Premium per looked-after 3- or 4-year-old, which the VSH also manages (docs/virtual-school.md §10.2).
/// </summary>
public sealed record PupilPremiumPlusRate(FinancialYear Year, Money PerChild, Money? EarlyYearsPerChild = null);
