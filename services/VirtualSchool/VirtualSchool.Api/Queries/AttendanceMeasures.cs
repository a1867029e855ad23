using Npgsql;
using NpgsqlTypes;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api.Queries;

/// <summary>
/// Possible, present, authorised and unauthorised sessions per pupil over a range of days (docs/virtual-school.md §7):
/// PostgreSQL counts each pupil's marks by code, and those (code, count) pairs are folded through the configured
/// <see cref="AttendanceCodes"/> into <see cref="AttendanceTally"/>s, so the configured table decides what each code
/// counts as, and codes outside possible sessions (or no longer in the table) are left out.
/// </summary>
public sealed class AttendanceMeasures(AttendanceCodes codes)
{
    private const string PerPupilSql =
        """
        SELECT m.pupil_id, m.code, count(*)::int
        FROM attendance_marks m
        WHERE m.date BETWEEN @from AND @to
        GROUP BY m.pupil_id, m.code
        """;

    private const string ForPupilsSql =
        """
        SELECT m.pupil_id, m.code, count(*)::int
        FROM attendance_marks m
        JOIN unnest(@pupils) AS p(id) ON p.id = m.pupil_id
        WHERE m.date BETWEEN @from AND @to
        GROUP BY m.pupil_id, m.code
        """;

    /// <summary>
    /// The marks of several ranges counted in one read: each mark falls in one bucket between the ranges' boundaries
    /// (PostgreSQL's <c>width_bucket</c> over the sorted start days and days after the ends), counted by pupil, code and
    /// bucket, a pupil's rows together.
    /// </summary>
    private const string PerPupilInBucketsSql =
        """
        SELECT m.pupil_id, m.code, width_bucket(m.date, @cuts), count(*)::int
        FROM attendance_marks m
        WHERE m.date >= @first AND m.date < @after
        GROUP BY m.pupil_id, m.code, 3
        ORDER BY m.pupil_id
        """;

    /// <summary>Every pupil with a mark in the range.</summary>
    public Task<Dictionary<Guid, AttendanceTally>> PerPupilAsync(VirtualSchoolDbContext db, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        TalliesAsync(db, PerPupilSql, from, to, null, cancellationToken);

    /// <summary>Only <paramref name="pupils"/>; one with no mark in the range is absent from the result.</summary>
    public Task<Dictionary<Guid, AttendanceTally>> ForPupilsAsync(
        VirtualSchoolDbContext db, IReadOnlyCollection<Guid> pupils, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        TalliesAsync(db, ForPupilsSql, from, to, pupils, cancellationToken);

    public async Task<AttendanceTally> ForPupilAsync(VirtualSchoolDbContext db, Guid pupil, DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        (await ForPupilsAsync(db, [pupil], from, to, cancellationToken)).GetValueOrDefault(pupil);

    /// <summary>
    /// Each pupil with a mark in any of <paramref name="ranges"/>, with its tally over each range (empty for a range it
    /// has no mark in), from one read of the marks, a pupil at a time: the same tallies as <see cref="PerPupilAsync"/>
    /// over each range alone, without holding every pupil's (the Board's monthly series asks for 14 ranges at once).
    /// </summary>
    public async IAsyncEnumerable<(Guid Pupil, AttendanceTally[] PerRange)> PerPupilInRangesAsync(
        VirtualSchoolDbContext db, IReadOnlyList<(DateOnly From, DateOnly To)> ranges,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var cuts = ranges.SelectMany(r => new[] { r.From, r.To.AddDays(1) }).Distinct().Order().ToArray();
        // width_bucket numbers from 1 the bucket [cuts[b - 1], cuts[b]); a range is the buckets from its start's cut to the one before its end's.
        var spans = ranges.Select(r => (First: Array.IndexOf(cuts, r.From) + 1, Last: Array.IndexOf(cuts, r.To.AddDays(1)))).ToArray();
        await using var command = await db.CommandAsync(PerPupilInBucketsSql, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter("cuts", NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = cuts });
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("first", cuts[0]));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("after", cuts[^1]));

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        (Guid Pupil, AttendanceTally[] PerRange)? current = null;
        while (await reader.ReadAsync(cancellationToken))
        {
            var pupil = reader.GetGuid(0);
            if (current?.Pupil != pupil)
            {
                if (current is { } done)
                {
                    yield return done;
                }
                current = (pupil, new AttendanceTally[ranges.Count]);
            }
            var (bucket, tally) = (reader.GetInt32(2), Tally(reader.GetString(1), reader.GetInt32(3)));
            for (var i = 0; i < spans.Length; i++)
            {
                if (bucket >= spans[i].First && bucket <= spans[i].Last)
                {
                    current.Value.PerRange[i] = current.Value.PerRange[i].Add(tally);
                }
            }
        }
        if (current is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The tally of <paramref name="count"/> marks of <paramref name="code"/>: nothing for a code not in the table.</summary>
    public AttendanceTally Tally(string code, int count)
    {
        if (codes.Find(code) is not { } known)
        {
            return AttendanceTally.Empty;
        }

        var one = AttendanceTally.Empty.Add(known);
        return new AttendanceTally(one.Possible * count, one.Present * count, one.Authorised * count, one.Unauthorised * count);
    }

    private async Task<Dictionary<Guid, AttendanceTally>> TalliesAsync(
        VirtualSchoolDbContext db, string sql, DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? pupils, CancellationToken cancellationToken)
    {
        await using var command = await db.CommandAsync(sql, cancellationToken);
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("from", from));
        command.Parameters.Add(new NpgsqlParameter<DateOnly>("to", to));
        if (pupils is not null)
        {
            command.Parameters.Add(new NpgsqlParameter("pupils", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { Value = pupils.ToArray() });
        }

        var tallies = new Dictionary<Guid, AttendanceTally>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var pupil = reader.GetGuid(0);
            tallies[pupil] = tallies.GetValueOrDefault(pupil).Add(Tally(reader.GetString(1), reader.GetInt32(2)));
        }

        return tallies;
    }
}
