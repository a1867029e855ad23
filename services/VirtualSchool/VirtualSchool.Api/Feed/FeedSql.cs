namespace VirtualSchool.Api.Feed;

/// <summary>
/// The set-based steps of an import, over the temporary staging table <c>feed_rows</c> (one row per good row, one per
/// problem of a refused row) and the changed marks <c>feed_changes</c> (<see cref="ImportedMarks.ChangedTable"/>).
/// Both are dropped at commit (a view over <c>feed_rows</c> goes with it).
/// </summary>
internal static class FeedSql
{
    public const string CreateStaging = """
        CREATE TEMPORARY TABLE feed_rows (
            line bigint NOT NULL, pupil_id uuid, date date, session smallint, code text, reason text, exclusion text,
            urn text, source text NOT NULL, field text, problem text
        ) ON COMMIT DROP
        """;

    public const string CopyStaging =
        "COPY feed_rows (line, pupil_id, date, session, code, reason, exclusion, urn, source, field, problem) FROM STDIN (FORMAT BINARY)";

    /// <summary>A file holds one row per pupil, date and session: a repeat is refused, pointing at the first. Returns the repeats' URNs.</summary>
    public const string RejectRepeatedSessions = """
        WITH repeated AS (
            SELECT pupil_id, date, session, min(line) AS first_line
            FROM feed_rows WHERE field IS NULL
            GROUP BY pupil_id, date, session HAVING count(*) > 1)
        UPDATE feed_rows r
        SET field = 'session',
            problem = 'repeats line ' || f.first_line || ' for the same pupil, date and session: a file holds one row per pupil, date and session.',
            pupil_id = NULL, date = NULL, session = NULL, code = NULL, reason = NULL, exclusion = NULL
        FROM repeated f
        WHERE r.field IS NULL AND r.pupil_id = f.pupil_id AND r.date = f.date AND r.session = f.session AND r.line > f.first_line
        RETURNING r.urn
        """;

    /// <summary>Whether any mark is held within the file's dates: if none is, nothing the file says can supersede.</summary>
    public const string AnyHeldInDates = "SELECT EXISTS (SELECT 1 FROM attendance_marks WHERE date BETWEEN @from AND @to)";

    /// <summary>Whether any good row of the file is for a session a mark is already held for.</summary>
    public const string AnyHeldForRows = """
        SELECT EXISTS (
            SELECT 1 FROM feed_rows s
            JOIN attendance_marks m ON m.pupil_id = s.pupil_id AND m.date = s.date AND m.session = s.session
            WHERE s.field IS NULL AND m.date BETWEEN @from AND @to)
        """;

    /// <summary>
    /// The merge when no good row meets a held mark: every good row is a first mark, inserted as it is. The primary key
    /// refuses a file that repeats a session; the import then takes the general path, which reports the repeats.
    /// </summary>
    public const string InsertFirstMarks = """
        INSERT INTO attendance_marks (pupil_id, date, session, code, reason, exclusion, urn, source, file_id, sent_by, received_at)
        SELECT pupil_id, date, session, code, reason, exclusion, urn, source, @file, @by, @now FROM feed_rows WHERE field IS NULL
        """;

    /// <summary>After <see cref="InsertFirstMarks"/> the changed marks are the good rows themselves, none superseding: a view, not a copy.</summary>
    public const string FirstMarksAreTheChanges = """
        CREATE TEMPORARY VIEW feed_changes AS
        SELECT pupil_id, date, session, code, reason, exclusion, urn, source, NULL::character varying(2) AS previous_code, false AS superseding
        FROM feed_rows WHERE field IS NULL
        """;

    /// <summary>The changed marks, empty until <see cref="Merge"/> fills it; its columns are <see cref="ImportedMarks.ChangedTable"/>'s.</summary>
    public const string CreateChanges = """
        CREATE TEMPORARY TABLE feed_changes (
            pupil_id uuid, date date, session smallint, code text, reason text, exclusion text, urn text, source text,
            previous_code character varying(2), superseding boolean
        ) ON COMMIT DROP
        """;

    /// <summary>
    /// The merge, in one statement: the good rows that differ from the mark held (or are the first for their session;
    /// an identical row changes nothing) are the candidates; the marks they supersede go to the history, the candidates
    /// go into <c>attendance_marks</c> and into <c>feed_changes</c>. Every part reads the marks as they were before the
    /// statement. The held marks are looked up by key within the file's dates. Returns the changed and superseding counts.
    /// </summary>
    public const string Merge = """
        WITH candidates AS MATERIALIZED (
            SELECT s.pupil_id, s.date, s.session, s.code, s.reason, s.exclusion, s.urn, s.source,
                   m.code AS previous_code, m.pupil_id IS NOT NULL AS superseding,
                   m.reason AS held_reason, m.exclusion AS held_exclusion, m.urn AS held_urn, m.source AS held_source,
                   m.file_id AS held_file_id, m.sent_by AS held_sent_by, m.received_at AS held_received_at
            FROM feed_rows s
            LEFT JOIN attendance_marks m ON m.pupil_id = s.pupil_id AND m.date = s.date AND m.session = s.session
                AND m.date BETWEEN @from AND @to
            WHERE s.field IS NULL
              AND (m.pupil_id IS NULL OR m.code <> s.code OR m.reason IS DISTINCT FROM s.reason
                   OR m.exclusion IS DISTINCT FROM s.exclusion OR m.urn IS DISTINCT FROM s.urn)),
        history AS (
            INSERT INTO attendance_mark_history
                (pupil_id, date, session, code, reason, exclusion, urn, source, file_id, sent_by, received_at, superseded_at, superseded_by_file_id)
            SELECT pupil_id, date, session, previous_code, held_reason, held_exclusion, held_urn, held_source, held_file_id, held_sent_by,
                   held_received_at, @now, @file
            FROM candidates WHERE superseding),
        upserted AS (
            INSERT INTO attendance_marks (pupil_id, date, session, code, reason, exclusion, urn, source, file_id, sent_by, received_at)
            SELECT pupil_id, date, session, code, reason, exclusion, urn, source, @file, @by, @now FROM candidates
            ON CONFLICT (pupil_id, date, session) DO UPDATE SET
                code = excluded.code, reason = excluded.reason, exclusion = excluded.exclusion, urn = excluded.urn,
                source = excluded.source, file_id = excluded.file_id, sent_by = excluded.sent_by, received_at = excluded.received_at),
        changes AS (
            INSERT INTO feed_changes (pupil_id, date, session, code, reason, exclusion, urn, source, previous_code, superseding)
            SELECT pupil_id, date, session, code, reason, exclusion, urn, source, previous_code, superseding FROM candidates
            RETURNING superseding)
        SELECT count(*), count(*) FILTER (WHERE superseding) FROM changes
        """;

    public const string KeepRejections = """
        INSERT INTO attendance_rejections (file_id, line, field, reason)
        SELECT @file, line, field, left(problem, 300) FROM feed_rows WHERE field IS NOT NULL
        """;

    /// <summary>The sessions a file flags as a suspension or exclusion, in the order runs are formed.</summary>
    public const string FlaggedSessions = """
        SELECT pupil_id, exclusion, date, session, reason, urn
        FROM feed_rows WHERE field IS NULL AND exclusion IS NOT NULL
        ORDER BY pupil_id, exclusion, date, session
        """;
}
