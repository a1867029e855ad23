using VirtualSchool.Api.Infrastructure;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// Told, inside the import's transaction and after the merge, which marks a file changed: what same-day alerts are
/// raised from (docs/virtual-school.md §7). Anything it adds to <paramref name="db"/> (alert rows, outbox events) is
/// saved and committed with the file, or not at all. Register implementations as scoped
/// <c>IMarksChangedHandler</c>s; with none registered nothing is raised.
/// </summary>
public interface IMarksChangedHandler
{
    Task HandleAsync(ImportedMarks marks, VirtualSchoolDbContext db, CancellationToken cancellationToken);
}

/// <summary>
/// The marks one file changed. <see cref="ChangedTable"/> names a temporary table on the transaction's connection
/// (dropped at commit) with one row per changed session: <c>pupil_id uuid, date date, session smallint (0 AM, 1 PM),
/// code text, reason text, exclusion text, urn text, source text, previous_code text (null for a first mark),
/// superseding boolean</c>. The new marks are already in <c>attendance_marks</c>.
/// </summary>
public sealed record ImportedMarks(Guid FileId, string SentBy, DateTimeOffset ReceivedAt, long Changed, long Superseding)
{
    public const string ChangedTable = "feed_changes";
}
