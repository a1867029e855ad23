using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Infrastructure;

/// <summary>The codes a category is stored and published as.</summary>
public static class CareLeaverCategories
{
    /// <summary>Every code, none first (the filter's and the figures' list; the table's CHECK names the same).</summary>
    public static readonly string[] All = [.. Enum.GetValues<CareLeaverCategory>().Select(Code)];

    public static string Code(CareLeaverCategory category) => category switch
    {
        CareLeaverCategory.Eligible => "eligible",
        CareLeaverCategory.Relevant => "relevant",
        CareLeaverCategory.FormerRelevant => "former-relevant",
        CareLeaverCategory.Qualifying => "qualifying",
        _ => "none",
    };
}
