using System.Text.Json;
using System.Text.RegularExpressions;

namespace CorporateParenting.ReadmeExamples.Tests.Running;

/// <summary>
/// Compares a README's <c>json</c> response with what came back. The README may leave things out: every property it
/// shows must be there with that value, and every array it shows must have exactly those elements, in order. A string
/// <c>"&lt;name …&gt;"</c> stands for a value the reader cannot know (an id): it must equal what an example above it
/// returned as <c>name</c>, or, if none did, be a non-empty string.
/// </summary>
public static partial class JsonExcerpt
{
    /// <summary>Null when <paramref name="actual"/> shows everything <paramref name="expected"/> does; otherwise where it differs.</summary>
    public static string? Mismatch(JsonElement expected, JsonElement actual, Func<string, string?> known, string path = "$")
    {
        switch (expected.ValueKind)
        {
            case JsonValueKind.Object:
                if (actual.ValueKind != JsonValueKind.Object)
                {
                    return $"{path} is {actual.ValueKind}, not an object";
                }
                foreach (var property in expected.EnumerateObject())
                {
                    if (!TryGetProperty(actual, property.Name, out var shown))
                    {
                        return $"{path}.{property.Name} is missing";
                    }
                    if (Mismatch(property.Value, shown, known, $"{path}.{property.Name}") is { } difference)
                    {
                        return difference;
                    }
                }
                return null;
            case JsonValueKind.Array:
                if (actual.ValueKind != JsonValueKind.Array)
                {
                    return $"{path} is {actual.ValueKind}, not an array";
                }
                if (expected.GetArrayLength() != actual.GetArrayLength())
                {
                    return $"{path} has {actual.GetArrayLength()} elements, not {expected.GetArrayLength()}";
                }
                return expected.EnumerateArray().Zip(actual.EnumerateArray())
                    .Select((pair, i) => Mismatch(pair.First, pair.Second, known, $"{path}[{i}]"))
                    .FirstOrDefault(difference => difference is not null);
            case JsonValueKind.String when Placeholder().Match(expected.GetString()!) is { Success: true } placeholder:
                if (actual.ValueKind != JsonValueKind.String || actual.GetString() is not { Length: > 0 } text)
                {
                    return $"{path} is {actual}, not a value for {expected.GetString()}";
                }
                return known(placeholder.Groups["name"].Value) is { } value && value != text
                    ? $"{path} is '{text}', not the {placeholder.Groups["name"].Value} returned above ('{value}')"
                    : null;
            default:
                return JsonElement.DeepEquals(expected, actual) ? null : $"{path} is {actual.GetRawText()}, not {expected.GetRawText()}";
        }
    }

    /// <summary>The name as shown, or its other spelling: grpcurl prints <c>childId</c> for the proto's <c>child_id</c>.</summary>
    private static bool TryGetProperty(JsonElement element, string name, out JsonElement value) =>
        element.TryGetProperty(name, out value)
        || element.TryGetProperty(ExampleValues.CamelCase(name), out value)
        || element.TryGetProperty(ExampleValues.SnakeCase(name), out value);

    [GeneratedRegex(@"^<(?<name>[a-z][a-z0-9_]*)(\s[^<>]*)?>$")]
    private static partial Regex Placeholder();
}

/// <summary>Names as placeholders spell them (<c>child_id</c>), from JSON as grpcurl and the REST APIs print it (<c>childId</c>).</summary>
public static class ExampleValues
{
    public static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    public static string CamelCase(string name)
    {
        var parts = name.Split('_', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 0 ? name : parts[0] + string.Concat(parts.Skip(1).Select(p => char.ToUpperInvariant(p[0]) + p[1..]));
    }

    /// <summary>The top-level strings and numbers of a response (of each message of a stream), by snake_case name.</summary>
    public static IEnumerable<KeyValuePair<string, string>> In(JsonElement response) => response.ValueKind switch
    {
        JsonValueKind.Object => response.EnumerateObject()
            .Where(p => p.Value.ValueKind is JsonValueKind.String or JsonValueKind.Number)
            .Select(p => KeyValuePair.Create(SnakeCase(p.Name), p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())),
        JsonValueKind.Array => response.EnumerateArray().SelectMany(In),
        _ => [],
    };
}
