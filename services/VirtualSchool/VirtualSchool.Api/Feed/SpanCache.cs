namespace VirtualSchool.Api.Feed;

/// <summary>A set of strings found by the characters of a row's field, so that a value seen before is not allocated again.</summary>
internal sealed class SpanCache
{
    private readonly HashSet<string> _set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanCache(IEnumerable<string> values)
    {
        _set = new HashSet<string>(values, StringComparer.Ordinal);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _set.Count;

    public string? Find(ReadOnlySpan<char> text) => _lookup.TryGetValue(text, out string? value) ? value : null;

    public string Add(ReadOnlySpan<char> text)
    {
        _lookup.Add(text);
        return Find(text)!;
    }
}
