using Portal.Web.Services;

namespace Portal.Web.Pages.Children;

/// <summary>
/// A pupil's attendance as a calendar heat-map: a row per school week (Monday to Friday), each day shaded by its worst
/// session (unauthorised absence, then authorised absence, then present) and showing both sessions' codes, so the
/// colour is never the only way to read it.
/// </summary>
public sealed class AttendanceCalendar
{
    public const int Weeks = 8;

    public sealed record Day(DateOnly Date, string? Morning, string? Afternoon, string Shade, string Meaning);

    public AttendanceCalendar(PupilAttendance attendance, DateOnly today)
    {
        var marks = attendance.Marks.ToLookup(m => m.Date);
        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        Rows = [.. Enumerable.Range(0, Weeks).Select(w => monday.AddDays(-7 * (Weeks - 1 - w)))
            .Select(start => (IReadOnlyList<Day>)[.. Enumerable.Range(0, 5).Select(d => DayOf(start.AddDays(d), marks[start.AddDays(d)].ToList()))])];
    }

    public static DateOnly FirstDay(DateOnly today) => today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(-7 * (Weeks - 1));

    public IReadOnlyList<IReadOnlyList<Day>> Rows { get; }

    public bool HasMarks => Rows.Any(r => r.Any(d => d.Morning is not null || d.Afternoon is not null));

    private static Day DayOf(DateOnly date, IReadOnlyList<AttendanceMark> marks)
    {
        var morning = marks.FirstOrDefault(m => m.Session.StartsWith("AM", StringComparison.OrdinalIgnoreCase));
        var afternoon = marks.FirstOrDefault(m => m.Session.StartsWith("PM", StringComparison.OrdinalIgnoreCase));
        var shade = marks.Count == 0 ? "none"
            : marks.Any(m => m.Category == "Unauthorised") ? "unauthorised"
            : marks.Any(m => m.Category?.StartsWith("Authorised", StringComparison.Ordinal) == true) ? "authorised"
            : marks.All(m => m.Category is "Present" or "ApprovedEducationalActivity") ? "present"
            : "other";
        var meaning = string.Join("; ", marks.Select(m => $"{m.Session}: {m.Meaning ?? m.Code}"));
        return new(date, morning?.Code, afternoon?.Code, shade, meaning.Length == 0 ? "no marks" : meaning);
    }
}
