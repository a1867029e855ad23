using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Pupils;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// Every pupil the Virtual School knows, by UPN and by id, loaded once per import: a national cohort (about 60,000)
/// fits in a few megabytes, and a row is then matched without a query. A UPN several pupils hold names the one
/// <see cref="UpnHolders"/> chooses, or nobody.
/// </summary>
public sealed class PupilDirectory
{
    private readonly Dictionary<string, Guid> _byUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid>.AlternateLookup<ReadOnlySpan<char>> _upnLookup;
    private readonly Dictionary<string, Guid[]> _sharedHolders = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid[]>.AlternateLookup<ReadOnlySpan<char>> _sharedLookup;
    private readonly HashSet<Guid> _ids = [];

    private PupilDirectory()
    {
        _upnLookup = _byUpn.GetAlternateLookup<ReadOnlySpan<char>>();
        _sharedLookup = _sharedHolders.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _ids.Count;

    public static async Task<PupilDirectory> LoadAsync(VirtualSchoolDbContext db, CancellationToken cancellationToken)
    {
        var directory = new PupilDirectory();
        var shared = new Dictionary<string, List<(Guid Id, bool IsCurrent)>>(StringComparer.OrdinalIgnoreCase);
        var firstHolder = new Dictionary<string, (Guid Id, bool IsCurrent)>(StringComparer.OrdinalIgnoreCase);
        await foreach (var pupil in db.Set<PupilRow>().AsNoTracking().Select(p => new { p.Id, p.Upn, p.IsCurrent }).AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            directory._ids.Add(pupil.Id);
            if (PupilRegister.NormaliseUpn(pupil.Upn) is not { } upn)
            {
                continue;
            }
            if (firstHolder.TryAdd(upn, (pupil.Id, pupil.IsCurrent)))
            {
                directory._byUpn[upn] = pupil.Id;
            }
            else if (shared.TryGetValue(upn, out var holders))
            {
                holders.Add((pupil.Id, pupil.IsCurrent));
            }
            else
            {
                shared[upn] = [firstHolder[upn], (pupil.Id, pupil.IsCurrent)];
            }
        }

        foreach (var (upn, holders) in shared)
        {
            directory._sharedHolders[upn] = [.. holders.Select(h => h.Id)];
            if (UpnHolders.Choose(holders, h => h.IsCurrent, out var named) == UpnMatch.One)
            {
                directory._byUpn[upn] = named.Id;
            }
            else
            {
                directory._byUpn.Remove(upn);
            }
        }
        return directory;
    }

    /// <summary>The pupil a UPN names; <see cref="UpnMatch.Several"/> when it is held by pupils the rule cannot choose between.</summary>
    public UpnMatch FindByUpn(ReadOnlySpan<char> upn, out Guid pupilId)
    {
        if (_upnLookup.TryGetValue(upn, out pupilId))
        {
            return UpnMatch.One;
        }
        return _sharedLookup.ContainsKey(upn) ? UpnMatch.Several : UpnMatch.None;
    }

    /// <summary>Whether <paramref name="pupilId"/> holds <paramref name="upn"/>, alone or with others: our child id then settles which pupil a row means.</summary>
    public bool Holds(ReadOnlySpan<char> upn, Guid pupilId) =>
        _sharedLookup.TryGetValue(upn, out var holders) ? holders.Contains(pupilId) : _upnLookup.TryGetValue(upn, out var named) && named == pupilId;

    public bool IsKnown(Guid pupilId) => _ids.Contains(pupilId);
}
