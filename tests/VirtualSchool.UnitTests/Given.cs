using System.Globalization;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.UnitTests;

internal static class Given
{
    public static DateOnly Date(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static SchoolTerm Term(string name, string starts, string ends, params (string Starts, string Ends)[] breaks) =>
        new(name, Date(starts), Date(ends), [.. breaks.Select(b => new HalfTermBreak(Date(b.Starts), Date(b.Ends)))]);

    public static SchoolTerm Autumn2025 => Term("Autumn 2025", "2025-09-03", "2025-12-19", ("2025-10-27", "2025-10-31"));

    public static SchoolTerm Spring2026 => Term("Spring 2026", "2026-01-05", "2026-03-27", ("2026-02-16", "2026-02-20"));

    /// <summary>Holds the early May bank holiday (Mon 4 May 2026) in term time; its half term starts on the spring bank holiday.</summary>
    public static SchoolTerm Summer2026 => Term("Summer 2026", "2026-04-13", "2026-07-22", ("2026-05-25", "2026-05-29"));

    public static SchoolTerm Autumn2026 => Term("Autumn 2026", "2026-09-03", "2026-12-18", ("2026-10-26", "2026-10-30"));

    /// <summary>
    /// An authority's term dates for 2025/26 and the first term of 2026/27. Weekdays in term, less half terms and the
    /// bank holidays of 4 and 25 May 2026: autumn 73, spring 55, summer 67, so 195 in 2025/26.
    /// </summary>
    public static SchoolTermCalendar TermDates => new([Autumn2025, Spring2026, Summer2026, Autumn2026]);

    /// <summary>The 2025/26 terms only.</summary>
    public static SchoolTermCalendar TermDates2025To26 => new([Autumn2025, Spring2026, Summer2026]);

    /// <summary>Five inset days, one at the start of each term and one at the end of the year: 195 - 5 = 190 school days.</summary>
    public static IReadOnlyList<DateOnly> InsetDays2025To26 =>
        [Date("2025-09-03"), Date("2025-11-03"), Date("2026-01-05"), Date("2026-04-13"), Date("2026-07-22")];
}
