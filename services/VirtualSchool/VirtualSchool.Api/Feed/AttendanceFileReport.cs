using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// What the sender of a feed is told: the file's counts and its first rejections (the rest are paged). Accepted rows
/// are unchanged (the same mark was already held), superseding (they replaced an earlier mark, kept in the history) or new.
/// </summary>
public sealed record AttendanceFileReport(
    Guid FileId,
    string? FileName,
    string Source,
    string? Urn,
    DateTimeOffset ReceivedAt,
    long RowsRead,
    long RowsAccepted,
    long RowsUnchanged,
    long RowsSuperseding,
    long RowsRejected,
    IReadOnlyList<FeedRejection> Rejections)
{
    public static AttendanceFileReport Of(AttendanceFileRow file, IReadOnlyList<FeedRejection> rejections) => new(
        file.Id, file.FileName, file.Source, file.Urn, file.ReceivedAt, file.RowsRead, file.RowsAccepted, file.RowsUnchanged,
        file.RowsSuperseding, file.RowsRejected, rejections);
}

/// <summary>One refused row: its line in the file (from 1, the header being line 1), the field at fault and why.</summary>
public sealed record FeedRejection(long Line, string Field, string Reason);
