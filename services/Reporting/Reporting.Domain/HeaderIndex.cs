namespace Reporting.Domain;

/// <summary>
/// The Header's children by CHILD, with each one's DOB: what every other table is checked against. A CHILD given twice
/// keeps its first DOB (Placements streams each child once, so that does not arise from the platform's own rows).
/// </summary>
public sealed class HeaderIndex
{
    private readonly Dictionary<string, string> _dobs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _upnHolders = new(StringComparer.Ordinal);

    public int Count => _dobs.Count;

    public void Add(string child, string dob) => _dobs.TryAdd(child, dob);

    public bool Contains(string child) => _dobs.ContainsKey(child);

    /// <summary>The Header's DOB of <paramref name="child"/>, or <see langword="null"/> when the Header has no such child.</summary>
    public string? DobOf(string child) => _dobs.GetValueOrDefault(child);

    /// <summary>Notes that <paramref name="child"/> gives <paramref name="upn"/>; answers the CHILD that gave it before, if another did.</summary>
    public string? OtherWithUpn(string child, string upn) =>
        _upnHolders.TryAdd(upn, child) || _upnHolders[upn] == child ? null : _upnHolders[upn];
}
