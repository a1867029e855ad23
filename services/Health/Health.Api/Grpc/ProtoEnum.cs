using System.Text;
using CorporateParenting.ServiceDefaults.Validation;

namespace Health.Api.Grpc;

/// <summary>Our enums as the API spells them: UPPER_SNAKE_CASE (HealthPassport is HEALTH_PASSPORT, Ages2To4 is AGES_2_TO_4).</summary>
public static class ProtoEnum
{
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum
    {
        var name = value.ToString();
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1]))))
            {
                text.Append('_');
            }
            text.Append(char.ToUpperInvariant(c));
        }
        return text.ToString();
    }

    public static TEnum? Parse<TEnum>(FieldErrors errors, string field, string? value, bool required = true) where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value) && !required)
        {
            return null;
        }
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Name(candidate), value?.Trim(), StringComparison.Ordinal))
            {
                return candidate;
            }
        }
        errors.Add(field, $"must be one of {string.Join(", ", Enum.GetValues<TEnum>().Select(Name))}.");
        return null;
    }
}
