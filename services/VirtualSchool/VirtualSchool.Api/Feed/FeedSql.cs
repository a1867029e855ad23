namespace VirtualSchool.Api.Feed;

/// <summary>
/// The set-based steps of an import, over the temporary staging table <c>feed_rows</c> (one row per good row, one per
/// problem of a refused row) and the changed marks <c>feed_changes</c> (<see cref="ImportedMarks.ChangedTable"/>).
/// Both are dropped at commit.
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

    /// <summary>The good rows that differ from the mark held (or are the first for their session): an identical row changes nothing.</summary>
    public const string CollectChanges = """
        CREATE TEMPORARY TABLE feed_changes ON COMMIT DROP AS
        SELECT s.pupil_id, s.date, s.session, s.code, s.reason, s.exclusion, s.urn, s.source,
               m.code AS previous_code, m.pupil_id IS NOT NULL AS superseding
        FROM feed_rows s
        LEFT JOIN attendance_marks m ON m.pupil_id = s.pupil_id AND m.date = s.date AND m.session = s.session
        WHERE s.field IS NULL
          AND (m.pupil_id IS NULL OR m.code <> s.code OR m.reason IS DISTINCT FROM s.reason
               OR m.exclusion IS DISTINCT FROM s.exclusion OR m.urn IS DISTINCT FROM s.urn)
        """;

    public const string KeepSupersededMarks = """
        INSERT INTO attendance_mark_history
            (pupil_id, date, session, code, reason, exclusion, urn, source, file_id, sent_by, received_at, superseded_at, superseded_by_file_id)
        SELECT m.pupil_id, m.date, m.session, m.code, m.reason, m.exclusion, m.urn, m.source, m.file_id, m.sent_by, m.received_at, @now, @file
        FROM attendance_marks m
        JOIN feed_changes c ON c.pupil_id = m.pupil_id AND c.date = m.date AND c.session = m.session
        WHERE c.superseding
        """;

    public const string UpsertMarks = """
        INSERT INTO attendance_marks (pupil_id, date, session, code, reason, exclusion, urn, source, file_id, sent_by, received_at)
        SELECT pupil_id, date, session, code, reason, exclusion, urn, source, @file, @by, @now FROM feed_changes
        ON CONFLICT (pupil_id, date, session) DO UPDATE SET
            code = excluded.code, reason = excluded.reason, exclusion = excluded.exclusion, urn = excluded.urn,
            source = excluded.source, file_id = excluded.file_id, sent_by = excluded.sent_by, received_at = excluded.received_at
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
