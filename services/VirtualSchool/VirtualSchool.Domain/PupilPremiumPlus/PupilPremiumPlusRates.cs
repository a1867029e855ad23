namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// The configured rates, one per financial year (convention 7; docs/virtual-school.md §10.2). A year without a rate
/// is refused, never guessed from a neighbouring year.
/// </summary>
public sealed class PupilPremiumPlusRates
{
    private readonly SortedDictionary<int, PupilPremiumPlusRate> byStartYear = [];

    /// <exception cref="VirtualSchoolRuleViolation">A year is configured twice, or a rate is not above zero.</exception>
    public PupilPremiumPlusRates(IEnumerable<PupilPremiumPlusRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        foreach (PupilPremiumPlusRate rate in rates)
        {
            ArgumentNullException.ThrowIfNull(rate, nameof(rates));
            if (!rate.PerChild.IsPositive || rate.EarlyYearsPerChild is { IsPositive: false })
            {
                throw new VirtualSchoolRuleViolation($"The PP+ rates for {rate.Year} must be above zero.");
            }

            if (!byStartYear.TryAdd(rate.Year.StartYear, rate))
            {
                throw new VirtualSchoolRuleViolation($"The PP+ rate for {rate.Year} is configured twice: keep one.");
            }
        }
    }

    /// <summary>
    /// 2023-24 £2,530, 2024-25 £2,570 (Early Years Pupil Premium £388), 2025-26 £2,630 (unconfirmed: check the
    /// published 2025-26 conditions of grant).
    /// </summary>
    public static PupilPremiumPlusRates Default { get; } = new(
    [
        new(new FinancialYear(2023), Money.FromPounds(2_530)),
        new(new FinancialYear(2024), Money.FromPounds(2_570), EarlyYearsPerChild: Money.FromPounds(388)),
        new(new FinancialYear(2025), Money.FromPounds(2_630)),
    ]);

    public IReadOnlyCollection<PupilPremiumPlusRate> All => byStartYear.Values;

    /// <exception cref="VirtualSchoolRuleViolation">No rate is configured for <paramref name="year"/>.</exception>
    public PupilPremiumPlusRate For(FinancialYear year) =>
        byStartYear.TryGetValue(year.StartYear, out PupilPremiumPlusRate? rate)
            ? rate
            : throw new VirtualSchoolRuleViolation(
                $"No Pupil Premium Plus rate is configured for {year}. Add the rate DfE published for {year} to the " +
                $"configuration (configured: {Configured()}).");

    /// <exception cref="VirtualSchoolRuleViolation">No Early Years Pupil Premium rate is configured for <paramref name="year"/>.</exception>
    public Money EarlyYearsFor(FinancialYear year) =>
        For(year).EarlyYearsPerChild
        ?? throw new VirtualSchoolRuleViolation(
            $"No Early Years Pupil Premium rate is configured for {year}. Add it to the configuration beside the PP+ rate.");

    private string Configured() =>
        byStartYear.Count == 0 ? "none" : string.Join(", ", byStartYear.Values.Select(r => r.Year.Name));
}
