namespace VirtualSchool.Domain.Peps;

/// <summary>
/// Rates a submitted PEP against the configured checklist (docs/virtual-school.md §9.8). Every checklist item is
/// answered exactly once; shares are compared in whole numbers (met × 100 against items × threshold), so exactly 80%
/// is Green and exactly 50% Amber.
/// </summary>
public static class PepQualityAssurance
{
    /// <exception cref="VirtualSchoolRuleViolation">
    /// The checklist or thresholds do not make sense (see <see cref="CheckOptions"/>), or the results leave an item out,
    /// answer one twice, or answer one the checklist does not have.
    /// </exception>
    public static PepQualityAssessment Rate(IReadOnlyCollection<QualityCheckResult> results, PepQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        CheckOptions(options);

        var byItem = new Dictionary<string, QualityCheckResult>(StringComparer.OrdinalIgnoreCase);
        foreach (QualityCheckResult result in results)
        {
            ArgumentNullException.ThrowIfNull(result, nameof(results));
            if (!options.Checklist.Any(c => Same(c.Item, result.Item)))
            {
                throw new VirtualSchoolRuleViolation($"'{result.Item}' is not on the PEP quality checklist.");
            }

            if (!byItem.TryAdd(result.Item.Trim(), result))
            {
                throw new VirtualSchoolRuleViolation($"The checklist item '{result.Item}' is answered more than once.");
            }
        }

        string[] unanswered = [.. options.Checklist.Where(c => !byItem.ContainsKey(c.Item.Trim())).Select(c => $"'{c.Item}'")];
        if (unanswered.Length > 0)
        {
            throw new VirtualSchoolRuleViolation($"Say whether the PEP meets every checklist item; not answered: {string.Join(", ", unanswered)}.");
        }

        int items = options.Checklist.Count;
        int met = byItem.Values.Count(r => r.Met);
        bool allMandatoryMet = options.Checklist.Where(c => c.Mandatory).All(c => byItem[c.Item.Trim()].Met);

        PepRating rating = allMandatoryMet && met * 100m >= items * options.GreenFromPercent ? PepRating.Green
            : met * 100m >= items * options.AmberFromPercent ? PepRating.Amber
            : PepRating.Red;

        QualityCheckResult[] ordered = [.. options.Checklist.Select(c => byItem[c.Item.Trim()])];
        return new PepQualityAssessment(rating, met, items, allMandatoryMet, rating >= options.AdequateFrom, ordered);
    }

    /// <summary>
    /// The options make sense: at least one item, each named once (ignoring case and surrounding spaces), thresholds
    /// from 0 to 100 with Amber's not above Green's.
    /// </summary>
    public static void CheckOptions(PepQualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Checklist.Count == 0)
        {
            throw new VirtualSchoolRuleViolation("The PEP quality checklist needs at least one item.");
        }

        if (options.Checklist.Any(c => c is null || string.IsNullOrWhiteSpace(c.Item)))
        {
            throw new VirtualSchoolRuleViolation("Every PEP quality checklist item needs a name.");
        }

        if (options.Checklist.GroupBy(c => c.Item.Trim(), StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new VirtualSchoolRuleViolation($"The PEP quality checklist names '{twice.Key}' more than once.");
        }

        if (options.AmberFromPercent is < 0 or > 100 || options.GreenFromPercent is < 0 or > 100
            || options.AmberFromPercent > options.GreenFromPercent)
        {
            throw new VirtualSchoolRuleViolation(
                $"The PEP rating thresholds must be percentages with Amber's not above Green's; Amber from {Show.Number(options.AmberFromPercent)}% "
                + $"and Green from {Show.Number(options.GreenFromPercent)}% were configured.");
        }
    }

    private static bool Same(string a, string? b) => string.Equals(a.Trim(), b?.Trim(), StringComparison.OrdinalIgnoreCase);
}
