using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.Api.Commands;

/// <summary>The fields every Pupil Premium Plus request shares, checked the one way (docs/input.md §9).</summary>
public static class PupilPremiumPlusInput
{
    public const int MaxWhyLength = 500;
    public const decimal MaxPounds = 10_000_000m;

    /// <summary>"2025-26" from the route; a bad one names the field.</summary>
    public static FinancialYear Year(string? value)
    {
        var errors = new FieldErrors();
        var year = Year(errors, "financialYear", value);
        errors.ThrowIfAny();
        return year;
    }

    public static FinancialYear Year(FieldErrors errors, string field, string? value)
    {
        try
        {
            return FinancialYear.Parse(value ?? "");
        }
        catch (VirtualSchoolRuleViolation violation)
        {
            errors.Add(field, violation.Message);
            return default;
        }
    }

    /// <summary>Pounds above zero, to the penny.</summary>
    public static Money Amount(FieldErrors errors, decimal? pounds) =>
        Pounds(errors, "amount", pounds, "is required: pounds above zero, to the penny (for example 400 or 412.50).", allowZero: false);

    /// <summary>Pounds from zero (<paramref name="allowZero"/>) or above it, to the penny; otherwise <paramref name="reason"/> against <paramref name="field"/>.</summary>
    public static Money Pounds(FieldErrors errors, string field, decimal? pounds, string reason, bool allowZero)
    {
        if (pounds is not { } value || value < 0 || (value == 0 && !allowZero) || value > MaxPounds || value * 100m != decimal.Truncate(value * 100m))
        {
            errors.Add(field, reason);
            return Money.Zero;
        }
        return Money.FromPounds(value);
    }

    /// <summary>Why the money moves: kept with the posting for the audit.</summary>
    public static string Why(FieldErrors errors, string? why) => errors.Required("why", why, MaxWhyLength, TextKind.Paragraphs);
}
