namespace VirtualSchool.Domain.Pupils;

/// <summary>
/// Which pupil a UPN names when it is given without our child id (docs/virtual-school.md §8). A UPN should belong to
/// one child, but a record can be duplicated (a child who left care and came back under a new record, a mistyped UPN):
/// the only holder is named; among several, the only current one; otherwise nobody, and the row or request is refused
/// with the reason rather than guessed.
/// </summary>
public static class UpnHolders
{
    public static UpnMatch Choose<T>(IReadOnlyCollection<T> holders, Func<T, bool> isCurrent, out T? named)
    {
        named = default;
        if (holders.Count == 0)
        {
            return UpnMatch.None;
        }
        if (holders.Count == 1)
        {
            named = holders.First();
            return UpnMatch.One;
        }
        var current = holders.Where(isCurrent).Take(2).ToList();
        if (current.Count == 1)
        {
            named = current[0];
            return UpnMatch.One;
        }
        return UpnMatch.Several;
    }
}

/// <summary>What a UPN names: nobody, one pupil, or several the rule cannot choose between.</summary>
public enum UpnMatch
{
    None,
    One,
    Several,
}
