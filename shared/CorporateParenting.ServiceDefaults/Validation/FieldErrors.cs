using System.Globalization;
using CorporateParenting.ServiceDefaults.Errors;

namespace CorporateParenting.ServiceDefaults.Validation;

/// <summary>
/// Collects every field error of one request, so the caller learns all that is wrong at once,
/// then throws a single <see cref="RequestValidationException"/>.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string reason)
    {
        if (!_errors.TryGetValue(field, out var reasons))
        {
            _errors[field] = reasons = [];
        }
        reasons.Add(reason);
    }

    public string Required(string field, string? value, int maxLength = 200)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return string.Empty;
        }
        var trimmed = value.Trim();
        if (trimmed.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
        }
        return trimmed;
    }

    public Guid RequiredGuid(string field, string? value)
    {
        if (Guid.TryParse(value, out var id) && id != Guid.Empty)
        {
            return id;
        }
        Add(field, "must be a non-empty GUID.");
        return Guid.Empty;
    }

    public DateOnly RequiredDate(string field, string? value)
    {
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        Add(field, "must be a date in the form yyyy-MM-dd.");
        return default;
    }

    public string OneOf(string field, string? value, IReadOnlyCollection<string> allowed)
    {
        var code = value?.Trim() ?? string.Empty;
        if (!allowed.Contains(code))
        {
            Add(field, $"must be one of {string.Join(", ", allowed)}.");
        }
        return code;
    }

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
