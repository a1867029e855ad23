using System.Globalization;

namespace CorporateParenting.Reporting;

/// <summary>
/// Small-number suppression for every figure shown to a Corporate Parenting Board (docs/reference-figures.md §9): a
/// count above zero but below the threshold is shown as "c", DfE's symbol for a confidential (suppressed) value, so that
/// no child can be picked out of a small group. Zero is shown as 0: it discloses nothing about a child.
/// </summary>
public static class SmallNumbers
{
    public const string Suppressed = "c";

    public const string NotApplicable = "z";

    /// <summary>The count, or "c" when 0 &lt; <paramref name="count"/> &lt; <paramref name="threshold"/>.</summary>
    public static string Show(int count, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);

        return IsSuppressed(count, threshold) ? Suppressed : count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The rate as a whole percentage, halves rounded away from zero as <see cref="Proportion"/> rounds it ("67%"), or
    /// "c" when the numerator or the denominator would be suppressed on its own, since either would let the small count
    /// be worked out. With no one to count (0 out of 0) the rate is "z", DfE's symbol for not applicable.
    /// </summary>
    public static string ShowRate(int numerator, int denominator, int threshold)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfNegative(threshold);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(numerator, denominator);

        if (IsSuppressed(numerator, threshold) || IsSuppressed(denominator, threshold))
        {
            return Suppressed;
        }

        if (denominator == 0)
        {
            return NotApplicable;
        }

        int percent = new Proportion(numerator, denominator).RoundedPercent;
        return percent.ToString(CultureInfo.InvariantCulture) + "%";
    }

    public static bool IsSuppressed(int count, int threshold) => count > 0 && count < threshold;
}
