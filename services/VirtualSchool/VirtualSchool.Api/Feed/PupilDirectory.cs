using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// Every pupil the Virtual School knows, by UPN and by id, loaded once per import: a national cohort (about 60,000)
/// fits in a few megabytes, and a row is then matched without a query.
/// </summary>
public sealed class PupilDirectory
{
    private readonly Dictionary<string, Guid> _byUpn = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Guid>.AlternateLookup<ReadOnlySpan<char>> _upnLookup;
    private readonly HashSet<Guid> _ids = [];

    private PupilDirectory() => _upnLookup = _byUpn.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _ids.Count;

    public static async Task<PupilDirectory> LoadAsync(VirtualSchoolDbContext db, CancellationToken cancellationToken)
    {
        var directory = new PupilDirectory();
        await foreach (var pupil in db.Set<PupilRow>().AsNoTracking().Select(p => new { p.Id, p.Upn }).AsAsyncEnumerable()
            .WithCancellation(cancellationToken))
        {
            directory._ids.Add(pupil.Id);
            if (!string.IsNullOrWhiteSpace(pupil.Upn))
            {
                directory._byUpn[pupil.Upn.Trim()] = pupil.Id;
            }
        }
        return directory;
    }

    public bool TryFindByUpn(ReadOnlySpan<char> upn, out Guid pupilId) => _upnLookup.TryGetValue(upn, out pupilId);

    public bool IsKnown(Guid pupilId) => _ids.Contains(pupilId);
}
