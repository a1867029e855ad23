namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// A year's grant: eligible children × the year's rate, less the share the Virtual School retains centrally, a fixed
/// amount per eligible child (configuration). What is left per child is the default budget for each pupil
/// (docs/virtual-school.md §10.4).
/// </summary>
public sealed record PupilPremiumPlusGrant(FinancialYear Year, int EligibleChildren, Money RatePerChild, Money RetainedPerChild)
{
    public Money Total => RatePerChild * EligibleChildren;

    /// <summary>The top-slice: <see cref="RetainedPerChild"/> × eligible children.</summary>
    public Money Retained => RetainedPerChild * EligibleChildren;

    /// <summary>What is left for schools: <see cref="Total"/> − <see cref="Retained"/>.</summary>
    public Money ForSchools => Total - Retained;

    /// <summary>The default budget for one pupil: the rate less the retained share per child.</summary>
    public Money PerChildBudget => RatePerChild - RetainedPerChild;

    /// <exception cref="VirtualSchoolRuleViolation">
    /// No rate is configured for the year, or the retained share per child is below zero or above the rate.
    /// </exception>
    public static PupilPremiumPlusGrant For(FinancialYear year, int eligibleChildren, PupilPremiumPlusRates rates, Money retainedPerChild)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(eligibleChildren);
        ArgumentNullException.ThrowIfNull(rates);

        Money rate = rates.For(year).PerChild;
        if (retainedPerChild < Money.Zero || retainedPerChild > rate)
        {
            throw new VirtualSchoolRuleViolation(
                $"The retained share per child ({retainedPerChild}) must be between £0 and the {year} rate ({rate}).");
        }

        return new PupilPremiumPlusGrant(year, eligibleChildren, rate, retainedPerChild);
    }
}
