namespace Portal.Web.Pages.Shared;

/// <summary>
/// A list sorted by one of its columns, chosen by links in the column headings (no script needed): a second click on
/// the sorted column turns it round. The links keep the list's filters.
/// </summary>
public sealed record SortOrder(string Column, bool Descending)
{
    public static SortOrder Read(string? sort, string? order, IReadOnlyList<(string Key, string Label)> columns, string fallback) =>
        new(columns.Any(c => c.Key == sort) ? sort! : fallback, order == "descending");

    /// <summary>The query string that shows the list sorted by <paramref name="column"/>, with <paramref name="filters"/> as they are (blank ones left out).</summary>
    public string Link(string column, IEnumerable<KeyValuePair<string, string?>> filters) =>
        QueryString.Create(filters.Where(f => !string.IsNullOrEmpty(f.Value)).Concat(
        [
            new("sort", column), new("order", column == Column && !Descending ? "descending" : "ascending"),
        ])).ToUriComponent();

    public string AriaSort(string column) => column != Column ? "none" : Descending ? "descending" : "ascending";

    public string Caption(IReadOnlyList<(string Key, string Label)> columns) => columns.First(c => c.Key == Column).Label.ToLowerInvariant();

    /// <summary><paramref name="items"/> by the sorted column's key (case-insensitive), ties by <paramref name="then"/>.</summary>
    public List<T> Apply<T>(IEnumerable<T> items, Func<T, string> key, Func<T, string> then)
    {
        var sorted = Descending ? items.OrderByDescending(key, StringComparer.OrdinalIgnoreCase) : items.OrderBy(key, StringComparer.OrdinalIgnoreCase);
        return [.. sorted.ThenBy(then, StringComparer.Ordinal)];
    }
}
