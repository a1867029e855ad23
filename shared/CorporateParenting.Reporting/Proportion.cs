namespace CorporateParenting.Reporting;

/// <summary>A numerator out of a denominator, with the percentage rounded to a whole number as DfE publishes it.</summary>
public sealed record Proportion(int Numerator, int Denominator)
{
    /// <summary>Whole percent, halves rounded away from zero; 0 when there is no one to count.</summary>
    public int RoundedPercent => Denominator == 0
        ? 0
        : (int)Math.Round(Numerator * 100m / Denominator, MidpointRounding.AwayFromZero);
}
