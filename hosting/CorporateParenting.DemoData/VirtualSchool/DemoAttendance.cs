using System.Globalization;
using System.Text;

namespace CorporateParenting.DemoData.VirtualSchool;

/// <summary>
/// One enrolled pupil as the attendance generator needs them. <paramref name="StableKey"/> is the same on every fresh run
/// (ids are not: Placements makes them), so it seeds the pupil's marks.
/// </summary>
public sealed record DemoEnrolledPupil(Guid PupilId, string? Upn, string StableKey, DemoSchool School, int YearGroup);

/// <summary>One row of a school's attendance file (docs/input.md, the attendance feed).</summary>
public sealed record DemoMark(Guid PupilId, string? Upn, string Urn, DateOnly Date, string Session, string Code, string? Reason, string? Exclusion);

/// <summary>
/// How the demo's absence is spread. Plausible for looked-after pupils, not statistics: national figures put their overall
/// absence at a few percent above all pupils', with roughly a quarter persistently absent (docs/reference-figures.md §6).
/// Each pupil is drawn into one of three groups with its own daily chance of a day's absence:
/// settled (<see cref="SettledShare"/>, 0.5–6 %), struggling (<see cref="StrugglingShare"/>, 6–20 %) and the rest
/// disengaged (20–60 %). Absent days are whole days with one reason; the reasons lean towards illness for settled pupils
/// and towards unauthorised codes for disengaged ones. A few secondary pupils are suspended for one to three days.
/// </summary>
public sealed record DemoAttendanceOptions
{
    public int Seed { get; init; } = 831;
    public double SettledShare { get; init; } = 0.65;
    public double StrugglingShare { get; init; } = 0.25;
    public double LateShare { get; init; } = 0.03;
    public double SuspendedShare { get; init; } = 0.04;

    /// <summary>Share of the "no reason yet" (N) marks the provider's follow-up later replaces with the real reason.</summary>
    public double FollowUpShare { get; init; } = 0.6;
}

/// <summary>
/// Generates the demo's marks: seeded, so the same pupils and days give the same files on every run. Dates come from the
/// caller (the school days of the term so far), so the generator knows nothing of term dates.
/// </summary>
public static class DemoAttendance
{
    private static readonly (string Code, double Weight)[] SettledReasons = [("I", 0.6), ("M", 0.2), ("C", 0.05), ("N", 0.05), ("O", 0.05), ("G", 0.05)];
    private static readonly (string Code, double Weight)[] StrugglingReasons = [("I", 0.45), ("M", 0.1), ("O", 0.2), ("N", 0.1), ("G", 0.1), ("U", 0.05)];
    private static readonly (string Code, double Weight)[] DisengagedReasons = [("O", 0.4), ("N", 0.25), ("I", 0.2), ("G", 0.1), ("U", 0.05)];

    public static IReadOnlyList<DemoMark> Marks(IEnumerable<DemoEnrolledPupil> pupils, IReadOnlyList<DateOnly> schoolDays, DemoAttendanceOptions options)
    {
        var marks = new List<DemoMark>();
        foreach (var pupil in pupils.OrderBy(p => p.StableKey, StringComparer.Ordinal))
        {
            var random = new Random(options.Seed ^ DemoSchools.StableHash(pupil.StableKey));
            var group = random.NextDouble();
            var (chance, reasons) = group < options.SettledShare
                ? (Between(random, 0.005, 0.06), SettledReasons)
                : group < options.SettledShare + options.StrugglingShare
                    ? (Between(random, 0.06, 0.20), StrugglingReasons)
                    : (Between(random, 0.20, 0.60), DisengagedReasons);
            var suspension = pupil.YearGroup >= 7 && random.NextDouble() < options.SuspendedShare
                ? (Start: random.Next(schoolDays.Count), Days: random.Next(1, 4))
                : (Start: -1, Days: 0);

            for (var day = 0; day < schoolDays.Count; day++)
            {
                var date = schoolDays[day];
                if (day >= suspension.Start && day < suspension.Start + suspension.Days)
                {
                    marks.Add(Mark(pupil, date, "AM", "E", "Suspended", "suspension"));
                    marks.Add(Mark(pupil, date, "PM", "E", "Suspended", "suspension"));
                    continue;
                }
                if (random.NextDouble() < chance)
                {
                    var code = Pick(random, reasons);
                    marks.Add(Mark(pupil, date, "AM", code, null, null));
                    marks.Add(Mark(pupil, date, "PM", code, null, null));
                    continue;
                }
                marks.Add(Mark(pupil, date, "AM", random.NextDouble() < options.LateShare ? "L" : "/", null, null));
                marks.Add(Mark(pupil, date, "PM", "\\", null, null));
            }
        }
        return marks;
    }

    /// <summary>The provider's follow-up: some "no reason yet" marks replaced by the reason it found (the later mark supersedes, the history keeps the N).</summary>
    public static IReadOnlyList<DemoMark> FollowUps(IEnumerable<DemoMark> marks, DemoAttendanceOptions options)
    {
        var random = new Random(options.Seed + 1);
        return marks.Where(m => m.Code == "N")
            .Where(_ => random.NextDouble() < options.FollowUpShare)
            .Select(m => m with { Code = random.NextDouble() < 0.5 ? "I" : "O", Reason = "Reason confirmed by carer" })
            .ToList();
    }

    /// <summary>The CSV a school's MIS or a provider sends (docs/input.md): a header, then one row per pupil, date and session.</summary>
    public static string Csv(IEnumerable<DemoMark> marks, string source)
    {
        var csv = new StringBuilder("upn,child_id,urn,date,session,code,reason,exclusion,source\n");
        foreach (var m in marks)
        {
            csv.Append(m.Upn).Append(',')
                .Append(m.Upn is null ? m.PupilId.ToString() : string.Empty).Append(',')
                .Append(m.Urn).Append(',')
                .Append(m.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',')
                .Append(m.Session).Append(',')
                .Append(m.Code).Append(',')
                .Append(m.Reason).Append(',')
                .Append(m.Exclusion).Append(',')
                .Append(source).Append('\n');
        }
        return csv.ToString();
    }

    private static DemoMark Mark(DemoEnrolledPupil pupil, DateOnly date, string session, string code, string? reason, string? exclusion) =>
        new(pupil.PupilId, pupil.Upn, pupil.School.Urn, date, session, code, reason, exclusion);

    private static double Between(Random random, double low, double high) => low + random.NextDouble() * (high - low);

    private static string Pick(Random random, (string Code, double Weight)[] weighted)
    {
        var roll = random.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (code, weight) in weighted)
        {
            roll -= weight;
            if (roll <= 0)
            {
                return code;
            }
        }
        return weighted[^1].Code;
    }
}
