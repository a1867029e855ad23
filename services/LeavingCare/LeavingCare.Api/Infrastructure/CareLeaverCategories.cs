using LeavingCare.Domain.Status;

namespace LeavingCare.Api.Infrastructure;

/// <summary>The codes a category is stored and published as.</summary>
public static class CareLeaverCategories
{
    public static string Code(CareLeaverCategory category) => category switch
    {
        CareLeaverCategory.Eligible => "eligible",
        CareLeaverCategory.Relevant => "relevant",
        CareLeaverCategory.FormerRelevant => "former-relevant",
        CareLeaverCategory.Qualifying => "qualifying",
        _ => "none",
    };
}
