using System.Diagnostics;
using System.Text;
using CorporateParenting.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Api.Options;
using VirtualSchool.Domain.Attendance;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// One attendance file in, whole, in one transaction (docs/virtual-school.md §6):
/// the upload and the command both come here. Rows are checked as they stream in and copied (binary COPY) into a
/// temporary staging table with their rejections; the merge is then set-based SQL: a file of first marks only (the
/// usual daily file) is inserted as it stands; otherwise marks a differing row supersedes go to the history,
/// <c>attendance_marks</c> changes only where something differs. Rejections are kept, flagged
/// sessions become exclusions, and <see cref="IMarksChangedHandler"/>s see the changed marks before the commit.
/// The same bytes sent again (same SHA-256) change nothing and get the first report.
/// </summary>
public sealed class AttendanceImport(
    VirtualSchoolDbContext db,
    AttendanceCodes codes,
    SchoolTermCalendar calendar,
    TimeProvider clock,
    FeedExclusions exclusions,
    IEnumerable<IMarksChangedHandler> handlers,
    IOptions<AttendanceFeedOptions> options,
    ILogger<AttendanceImport> logger)
{
    /// <summary>Imports are merged one at a time: two files superseding the same mark must not interleave.</summary>
    private const long MergeLock = 0x5653_4645_4544; // "VSFEED"

    public async Task<ImportOutcome> ImportAsync(Stream file, FeedSender sender, IProgress<ImportProgress>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var hashing = new HashingReadStream(file);
        using var text = new StreamReader(hashing, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true, bufferSize: 64 * 1024);
        var csv = new CsvRecordReader(text);
        var columns = FeedColumns.FromHeader(csv);
        var pupils = await PupilDirectory.LoadAsync(db, cancellationToken);
        var validator = new FeedRowValidator(pupils, codes, calendar, clock.Today(), sender, columns);

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await ExecuteAsync(connection, FeedSql.CreateStaging, cancellationToken);
        var staged = Stage(connection, csv, validator, progress, hashing, cancellationToken);

        var stagedAfter = Stopwatch.GetElapsedTime(started);
        string sha256 = hashing.Sha256();
        if (await ReportOfAsync(sha256, cancellationToken) is { } earlier)
        {
            return new ImportOutcome(earlier, AlreadyReceived: true);
        }
        await ExecuteAsync(connection, $"SELECT pg_advisory_xact_lock({MergeLock})", cancellationToken);
        if (await ReportOfAsync(sha256, cancellationToken) is { } concurrent)
        {
            return new ImportOutcome(concurrent, AlreadyReceived: true);
        }

        var now = clock.GetUtcNow();
        var fileRow = new AttendanceFileRow
        {
            Id = Guid.CreateVersion7(), Sha256 = sha256, FileName = sender.FileName, Source = sender.Source, SentBy = sender.SentBy,
            Urn = sender.SchoolUrn, ReceivedAt = now, RowsRead = staged.Rows,
        };
        await MergeAsync(connection, transaction, fileRow, staged, cancellationToken);
        var mergedAfter = Stopwatch.GetElapsedTime(started);
        await exclusions.RecordAsync(fileRow, cancellationToken);
        var marks = new ImportedMarks(fileRow.Id, sender.SentBy, now, staged.Changed, fileRow.RowsSuperseding);
        foreach (var handler in handlers)
        {
            await handler.HandleAsync(marks, db, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation(
            "Attendance file {FileId} from {SentBy}: {Rows} rows, {Accepted} accepted ({Changed} changed, {Superseding} superseding), {Rejected} refused; "
            + "{Merge}; staged in {StagedSeconds:0.0} s, merged by {MergedSeconds:0.0} s, committed by {CommittedSeconds:0.0} s",
            fileRow.Id, sender.SentBy, fileRow.RowsRead, fileRow.RowsAccepted, staged.Changed, fileRow.RowsSuperseding, fileRow.RowsRejected,
            staged.FirstMarksOnly ? "first marks inserted" : "merged with held marks",
            stagedAfter.TotalSeconds, mergedAfter.TotalSeconds, Stopwatch.GetElapsedTime(started).TotalSeconds);
        // Read back as stored, so this answer and a re-send's are the same to the microsecond.
        return new ImportOutcome((await ReportAsync(fileRow.Id, cancellationToken))!, AlreadyReceived: false);
    }

    /// <summary>The report of the file with this id, or null.</summary>
    public async Task<AttendanceFileReport?> ReportAsync(Guid fileId, CancellationToken cancellationToken) =>
        await db.Set<AttendanceFileRow>().AsNoTracking().SingleOrDefaultAsync(f => f.Id == fileId, cancellationToken) is { } file
            ? AttendanceFileReport.Of(file, await RejectionsAsync(file.Id, cancellationToken))
            : null;

    private async Task<AttendanceFileReport?> ReportOfAsync(string sha256, CancellationToken cancellationToken) =>
        await db.Set<AttendanceFileRow>().AsNoTracking().SingleOrDefaultAsync(f => f.Sha256 == sha256, cancellationToken) is { } file
            ? AttendanceFileReport.Of(file, await RejectionsAsync(file.Id, cancellationToken))
            : null;

    private async Task<IReadOnlyList<FeedRejection>> RejectionsAsync(Guid fileId, CancellationToken cancellationToken) =>
        await db.Set<AttendanceRejectionRow>().AsNoTracking()
            .Where(r => r.FileId == fileId)
            .OrderBy(r => r.Line).ThenBy(r => r.Field)
            .Take(options.Value.ReportedRejections)
            .Select(r => new FeedRejection(r.Line, r.Field, r.Reason))
            .ToListAsync(cancellationToken);

    private Staged Stage(
        NpgsqlConnection connection, CsvRecordReader csv, FeedRowValidator validator, IProgress<ImportProgress>? progress,
        HashingReadStream hashing, CancellationToken cancellationToken)
    {
        var staged = new Staged();
        var problems = new List<RowProblem>(8);
        var clockStarted = Stopwatch.StartNew();
        var lastReport = TimeSpan.Zero;
        int every = options.Value.ProgressEveryRows;
        using (var copy = connection.BeginBinaryImport(FeedSql.CopyStaging))
        {
            copy.Timeout = Timeout.InfiniteTimeSpan;
            while (csv.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                staged.Rows++;
                bool good = validator.Validate(csv, problems, out var mark);
                if (good)
                {
                    staged.Dated(mark.Date);
                    WriteRow(copy, csv.Line, mark, null, null);
                }
                else
                {
                    staged.Rejected++;
                    foreach (var problem in problems)
                    {
                        WriteRow(copy, csv.Line, mark, problem.Field, problem.Reason);
                    }
                }
                staged.Count(mark.Urn, good);

                if (progress is not null && (staged.Rows % every == 0 || (staged.Rows % 1000 == 0 && clockStarted.Elapsed - lastReport > TimeSpan.FromSeconds(5))))
                {
                    lastReport = clockStarted.Elapsed;
                    progress.Report(new ImportProgress(staged.Rows, staged.Rejected, hashing.BytesRead, clockStarted.Elapsed));
                }
            }
            copy.Complete();
        }
        progress?.Report(new ImportProgress(staged.Rows, staged.Rejected, hashing.BytesRead, clockStarted.Elapsed));
        return staged;
    }

    private static void WriteRow(NpgsqlBinaryImporter copy, long line, in StagedMark mark, string? field, string? problem)
    {
        copy.StartRow();
        copy.Write(line, NpgsqlDbType.Bigint);
        if (field is null)
        {
            copy.Write(mark.PupilId, NpgsqlDbType.Uuid);
            copy.Write(mark.Date, NpgsqlDbType.Date);
            copy.Write(mark.Session, NpgsqlDbType.Smallint);
            copy.Write(mark.Code, NpgsqlDbType.Text);
            WriteOrNull(copy, mark.Reason);
            WriteOrNull(copy, mark.Exclusion);
        }
        else
        {
            for (int i = 0; i < 6; i++)
            {
                copy.WriteNull();
            }
        }
        WriteOrNull(copy, mark.Urn);
        copy.Write(mark.Source ?? FeedSender.DefaultSource, NpgsqlDbType.Text);
        WriteOrNull(copy, field);
        WriteOrNull(copy, problem);
    }

    private static void WriteOrNull(NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Text);
        }
    }

    private async Task MergeAsync(
        NpgsqlConnection connection, IDbContextTransaction transaction, AttendanceFileRow file, Staged staged, CancellationToken cancellationToken)
    {
        db.Set<AttendanceFileRow>().Add(file);
        await db.SaveChangesAsync(cancellationToken);

        if (staged.FirstDate is { } from && staged.LastDate is { } to)
        {
            var parameters = new[]
            {
                new NpgsqlParameter("file", file.Id), new NpgsqlParameter("now", file.ReceivedAt), new NpgsqlParameter("by", file.SentBy),
                new NpgsqlParameter<DateOnly>("from", from), new NpgsqlParameter<DateOnly>("to", to),
            };
            if (!await InsertFirstMarksAsync(connection, transaction, staged, parameters, cancellationToken))
            {
                await MergeWithHeldMarksAsync(connection, file, staged, parameters, cancellationToken);
            }
        }
        else
        {
            await ExecuteAsync(connection, FeedSql.CreateChanges, cancellationToken);
        }
        await ExecuteAsync(connection, FeedSql.KeepRejections, cancellationToken, new NpgsqlParameter("file", file.Id));

        file.RowsRejected = staged.Rejected;
        file.RowsAccepted = staged.Rows - staged.Rejected;
        file.RowsUnchanged = file.RowsAccepted - staged.Changed;
        db.Set<AttendanceFileSchoolRow>().AddRange(staged.BySchool.Select(s => new AttendanceFileSchoolRow
        {
            FileId = file.Id, Urn = s.Key, RowsAccepted = s.Value.Accepted, RowsRejected = s.Value.Rejected,
        }));
    }

    /// <summary>
    /// The common case, a file of sessions nobody has sent yet (a day's first file), costs one plain insert: no lookup of
    /// held marks row by row, no history, no copy of the changes. Tried only when no good row meets a held mark, under a
    /// savepoint, because the primary key then finds a file that repeats a session; false sends the import down the
    /// general path with nothing changed.
    /// </summary>
    private async Task<bool> InsertFirstMarksAsync(
        NpgsqlConnection connection, IDbContextTransaction transaction, Staged staged, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        if (await ScalarAsync<bool>(connection, FeedSql.AnyHeldInDates, cancellationToken, parameters))
        {
            await ExecuteAsync(connection, "ANALYZE feed_rows", cancellationToken);
            staged.Analysed = true;
            if (await ScalarAsync<bool>(connection, FeedSql.AnyHeldForRows, cancellationToken, parameters))
            {
                return false;
            }
        }

        const string savepoint = "first_marks";
        await transaction.CreateSavepointAsync(savepoint, cancellationToken);
        try
        {
            staged.Changed = await ExecuteAsync(connection, FeedSql.InsertFirstMarks, cancellationToken, parameters);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
            return false;
        }
        await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
        await ExecuteAsync(connection, FeedSql.FirstMarksAreTheChanges, cancellationToken);
        staged.FirstMarksOnly = true;
        return true;
    }

    /// <summary>The general path: repeated sessions refused, then the merge statement with its history (<see cref="FeedSql.Merge"/>).</summary>
    private async Task MergeWithHeldMarksAsync(
        NpgsqlConnection connection, AttendanceFileRow file, Staged staged, NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        if (!staged.Analysed)
        {
            await ExecuteAsync(connection, "ANALYZE feed_rows", cancellationToken);
        }
        await foreach (var urn in QueryAsync(connection, FeedSql.RejectRepeatedSessions, cancellationToken, r => r.IsDBNull(0) ? null : r.GetString(0)))
        {
            staged.Rejected++;
            staged.Count(urn, good: false);
            staged.Count(urn, good: true, -1);
        }

        await ExecuteAsync(connection, FeedSql.CreateChanges, cancellationToken);
        await foreach (var (changed, superseding) in QueryAsync(connection, FeedSql.Merge, cancellationToken, r => (r.GetInt64(0), r.GetInt64(1)), parameters))
        {
            staged.Changed = changed;
            file.RowsSuperseding = superseding;
        }
    }

    private static async Task<int> ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return (T)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static async IAsyncEnumerable<T> QueryAsync<T>(
        NpgsqlConnection connection, string sql, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken,
        Func<NpgsqlDataReader, T> read, params NpgsqlParameter[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return read(reader);
        }
    }

    /// <summary>A command given copies of the parameters its SQL names: the statements of an import share one set.</summary>
    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        foreach (var parameter in parameters.Where(p => sql.Contains('@' + p.ParameterName, StringComparison.Ordinal)))
        {
            command.Parameters.Add(parameter.Clone());
        }
        return command;
    }

    private sealed class Staged
    {
        public long Rows;
        public long Rejected;
        public long Changed;
        /// <summary>Whether <c>feed_rows</c> has been analysed (the planner then knows its size).</summary>
        public bool Analysed;
        /// <summary>Whether the good rows went in as first marks (the insert-only path).</summary>
        public bool FirstMarksOnly;
        /// <summary>The earliest and latest dates of the good rows: the merge looks up held marks within them.</summary>
        public DateOnly? FirstDate;
        public DateOnly? LastDate;
        public readonly Dictionary<string, (long Accepted, long Rejected)> BySchool = new(StringComparer.Ordinal);

        public void Dated(DateOnly date)
        {
            if (FirstDate is not { } first || date < first)
            {
                FirstDate = date;
            }
            if (LastDate is not { } last || date > last)
            {
                LastDate = date;
            }
        }

        /// <summary>Per URN, bounded by the number of schools, not by the file's size.</summary>
        public void Count(string? urn, bool good, int by = 1)
        {
            if (urn is null)
            {
                return;
            }
            var (accepted, rejected) = BySchool.GetValueOrDefault(urn);
            BySchool[urn] = good ? (accepted + by, rejected) : (accepted, rejected + by);
        }
    }
}

/// <summary>The import's answer: the report, and whether these bytes had been received before (nothing changed).</summary>
public sealed record ImportOutcome(AttendanceFileReport Report, bool AlreadyReceived);

/// <summary>How far an import has read.</summary>
public sealed record ImportProgress(long Rows, long Rejected, long Bytes, TimeSpan Elapsed)
{
    public double RowsPerSecond => Elapsed.TotalSeconds > 0 ? Rows / Elapsed.TotalSeconds : 0;
}
