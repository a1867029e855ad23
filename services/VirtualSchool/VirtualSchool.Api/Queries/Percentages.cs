namespace VirtualSchool.Api.Queries;

/// <summary>How a rate is shown to staff: a percentage to one decimal place, halves away from zero (0.9345 is 93.5).</summary>
public static class Percentages
{
    public static decimal? OneDecimal(decimal? rate) =>
        rate is { } value ? Math.Round(value * 100, 1, MidpointRounding.AwayFromZero) : null;
}
