namespace Portal.Web.Services;

/// <summary>The Virtual School service's REST routes the pages use (<c>services/VirtualSchool/README.md</c>).</summary>
public static class VirtualSchoolRoutes
{
    public const string Worklist = "/api/virtual-school/worklist";
    public const string AttendanceFiles = "/api/virtual-school/attendance/files";

    /// <summary>The most alerts the worklist gives in one page; the service's own ceiling.</summary>
    public const int MaxPageSize = 200;

    public static string Resolve(long alertId) => $"{Worklist}/{alertId}/resolve";

    public static string FeedStatus(string urn) => $"/api/virtual-school/schools/{Uri.EscapeDataString(urn)}/feed-status";
}

/// <summary>One page of open alerts, newest first (<c>GET /api/virtual-school/worklist</c>), and the open alerts of each kind under the other filters.</summary>
public sealed record AlertWorklist(IReadOnlyList<WorklistAlert> Items, int Total, IReadOnlyDictionary<string, int> CountsByKind);

/// <param name="Key">What makes the alert one of its kind for the pupil: for a mark, its day and session (<c>2026-12-01/AM</c>).</param>
public sealed record WorklistAlert(
    long Id, string Kind, DateOnly On, string Key, string? Urn, string Detail, DateTimeOffset RaisedAt,
    Guid PupilId, string GivenName, string FamilyName, string Responsibility)
{
    /// <summary>AM or PM for an alert about a session's mark; blank for the others.</summary>
    public string Session => Key.EndsWith("/AM", StringComparison.Ordinal) ? "AM" : Key.EndsWith("/PM", StringComparison.Ordinal) ? "PM" : "";
}

public sealed record ResolvedAlert(long Id, string Kind, Guid PupilId, string Key, DateTimeOffset ResolvedAt, string ResolvedBy, string Note);

/// <summary>A school's feed status (<c>GET /api/virtual-school/schools/{urn}/feed-status</c>): the last file that carried its marks.</summary>
public sealed record FeedStatus(string Urn, string? SchoolName, LastFeedFile? LastFile);

public sealed record LastFeedFile(
    Guid FileId, string? FileName, string Source, string SentBy, DateTimeOffset ReceivedAt, long RowsAccepted, long RowsRejected,
    long FileRowsRead, long FileRowsRejected);

/// <summary>What the attendance feed says of a file it was sent (<c>POST</c> and <c>GET /api/virtual-school/attendance/files</c>).</summary>
public sealed record AttendanceFileReport(
    Guid FileId, string? FileName, string Source, string? Urn, DateTimeOffset ReceivedAt,
    long RowsRead, long RowsAccepted, long RowsUnchanged, long RowsSuperseding, long RowsRejected, IReadOnlyList<FeedRejection> Rejections);

/// <summary>A row the feed refused: its line in the file (the header is line 1), the field at fault and why.</summary>
public sealed record FeedRejection(long Line, string Field, string Reason);
