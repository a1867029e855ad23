namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>page (from 1) and pageSize of a list endpoint, checked once for every service.</summary>
public static class Paging
{
    public const int MaxPageSize = 200;

    public static (int Skip, int Take) Validate(int page, int pageSize, int maxPageSize = MaxPageSize)
    {
        var errors = new FieldErrors();
        var sizeIsValid = pageSize >= 1 && pageSize <= maxPageSize;
        if (!sizeIsValid)
        {
            errors.Add("pageSize", $"must be between 1 and {maxPageSize}.");
        }
        if (page < 1)
        {
            errors.Add("page", "must be 1 or more.");
        }
        else if (sizeIsValid && page > LastPage(pageSize))
        {
            // Past this page the rows to skip would not fit the row offset (a 32-bit integer).
            errors.Add("page", $"must be at most {LastPage(pageSize)} when pageSize is {pageSize}.");
        }
        errors.ThrowIfAny();
        return ((page - 1) * pageSize, pageSize);
    }

    private static int LastPage(int pageSize) => int.MaxValue / pageSize;
}
