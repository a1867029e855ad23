using Microsoft.EntityFrameworkCore;
using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Queries;

/// <summary>
/// A school's feed status: the newest file that was the school's own upload or carried rows for its URN, when it came,
/// and how many of the school's rows were accepted and refused (docs/virtual-school.md §6).
/// </summary>
public sealed class GetFeedStatusHandler(VirtualSchoolDbContext db)
{
    public async Task<FeedStatus> HandleAsync(string urn, CancellationToken cancellationToken)
    {
        var schools = db.Set<AttendanceFileSchoolRow>();
        var file = await db.Set<AttendanceFileRow>().AsNoTracking()
            .Where(f => f.Urn == urn || schools.Any(s => s.FileId == f.Id && s.Urn == urn))
            .OrderByDescending(f => f.ReceivedAt).ThenByDescending(f => f.Id)
            .FirstOrDefaultAsync(cancellationToken);
        string? name = await db.Set<SchoolRow>().Where(s => s.Urn == urn).Select(s => s.Name).SingleOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return new FeedStatus(urn, name, null);
        }

        var rows = await schools.AsNoTracking().SingleOrDefaultAsync(s => s.FileId == file.Id && s.Urn == urn, cancellationToken);
        return new FeedStatus(urn, name, new LastFeedFile(
            file.Id, file.FileName, file.Source, file.SentBy, file.ReceivedAt, rows?.RowsAccepted ?? 0, rows?.RowsRejected ?? 0, file.RowsRead, file.RowsRejected));
    }
}

/// <param name="LastFile">Null when no file has carried marks for this URN.</param>
public sealed record FeedStatus(string Urn, string? SchoolName, LastFeedFile? LastFile);

/// <param name="RowsAccepted">The school's rows accepted from the file.</param>
/// <param name="RowsRejected">The school's rows refused (those whose URN could be read).</param>
/// <param name="FileRowsRead">Every row of the file, all schools.</param>
public sealed record LastFeedFile(
    Guid FileId, string? FileName, string Source, string SentBy, DateTimeOffset ReceivedAt, long RowsAccepted, long RowsRejected,
    long FileRowsRead, long FileRowsRejected);
