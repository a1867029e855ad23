using System.Globalization;
using CorporateParenting.Reporting;
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

    /// <summary>A required text field, trimmed; checked as <paramref name="kind"/> (docs/input.md).</summary>
    public string Required(string field, string? value, int maxLength = 200, TextKind kind = TextKind.Line)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            Add(field, "is required.");
            return string.Empty;
        }
        return Checked(field, value.Trim(), maxLength, kind);
    }

    /// <summary>An optional text field: null when blank, otherwise trimmed and checked as <paramref name="kind"/>.</summary>
    public string? Optional(string field, string? value, int maxLength = 200, TextKind kind = TextKind.Line) =>
        string.IsNullOrWhiteSpace(value) ? null : Checked(field, value.Trim(), maxLength, kind);

    private string Checked(string field, string trimmed, int maxLength, TextKind kind)
    {
        if (trimmed.Length > maxLength)
        {
            Add(field, $"must be at most {maxLength} characters.");
        }
        if (TextRules.Problem(trimmed, kind) is { } problem)
        {
            Add(field, problem);
        }
        return trimmed;
    }

    /// <summary>A collection year given by the year it ends in, as the gRPC measures and returns take it.</summary>
    public CollectionYear CollectionYearEnding(string field, int yearEnding)
    {
        if (yearEnding is < 2000 or > 2100)
        {
            Add(field, "must be the year the collection year ends in, e.g. 2026 for April 2025 to March 2026.");
        }
        return new CollectionYear(yearEnding);
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

    /// <summary>A required date in the form yyyy-MM-dd, plausible as <paramref name="kind"/> (<see cref="PlausibleDates"/>).</summary>
    public DateOnly RequiredDate(string field, string? value, DateKind kind, DateOnly today) =>
        Date(field, value, kind, today, "must be a date in the form yyyy-MM-dd.") ?? default;

    /// <summary>An optional date: null when blank, otherwise as <see cref="RequiredDate"/>.</summary>
    public DateOnly? OptionalDate(string field, string? value, DateKind kind, DateOnly today) =>
        string.IsNullOrWhiteSpace(value) ? null : Date(field, value, kind, today, "must be a date in the form yyyy-MM-dd, or blank.");

    private DateOnly? Date(string field, string? value, DateKind kind, DateOnly today, string malformed)
    {
        if (!DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(field, malformed);
            return null;
        }
        if (PlausibleDates.Problem(date, kind, today) is { } problem)
        {
            Add(field, problem);
        }
        return date;
    }

    /// <summary>A day something has happened may not be after today: "is after today (…): <paramref name="advice"/>".</summary>
    public void NotAfterToday(string field, DateOnly? date, DateOnly today, string advice)
    {
        if (date > today)
        {
            Add(field, $"is after today ({date:yyyy-MM-dd}): {advice}");
        }
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

    /// <summary>An optional code: null when blank, otherwise one of <paramref name="allowed"/>, exactly as published (upper case).</summary>
    public string? OptionalOneOf(string field, string? value, IReadOnlyCollection<string> allowed) =>
        string.IsNullOrWhiteSpace(value) ? null : OneOf(field, value, allowed);

    public void ThrowIfAny()
    {
        if (Any)
        {
            throw new RequestValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
    }
}
