namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>page (from 1) and pageSize of a list endpoint, checked once for every service.</summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    public static (int Skip, int Take) Validate(int page, int pageSize)
    {
        var errors = new FieldErrors();
        if (page < 1)
        {
            errors.Add("page", "must be 1 or more.");
        }
        if (pageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"must be between 1 and {MaxPageSize}.");
        }
        errors.ThrowIfAny();
        return ((page - 1) * pageSize, pageSize);
    }
}
