using System.Globalization;
using CorporateParenting.Calendar;
using CorporateParenting.ServiceDefaults.Validation;
using VirtualSchool.Api.Commands;
using VirtualSchool.Api.Infrastructure;
using VirtualSchool.Domain.Attendance;
using VirtualSchool.Domain.Pupils;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// Checks one feed row (docs/virtual-school.md §6): the pupil is known by UPN or
/// child id, the date a school day of the term calendar and not after today, the session AM or PM, the code one of
/// §4.1, the exclusion flag with code E, the URN well-formed (6 or 7 digits) (and the sender's own, for a school). Every problem is
/// named by its field. The strings a good row carries (codes, URNs, sources) come from caches, so a valid row costs no
/// allocation but its reason.
/// </summary>
public sealed class FeedRowValidator(
    PupilDirectory pupils, AttendanceCodes codes, SchoolTermCalendar calendar, DateOnly today, FeedSender sender, FeedColumns columns)
{
    public const int MaxReasonLength = 200;
    public const int MaxSourceLength = 100;

    private readonly SpanCache _codes = new(codes.All.Select(c => c.Code));
    private readonly SpanCache _urns = new([]);
    private readonly SpanCache _sources = new([sender.Source]);
    private readonly Dictionary<DateOnly, string?> _dateProblems = [];

    /// <summary>True with <paramref name="mark"/> filled when the row is good; otherwise its problems are in <paramref name="problems"/>.</summary>
    public bool Validate(CsvRecordReader csv, List<RowProblem> problems, out StagedMark mark)
    {
        problems.Clear();
        mark = default;
        if (csv.Malformed is { } malformed)
        {
            problems.Add(new RowProblem("line", $"is not well-formed CSV: {malformed}"));
            return false;
        }

        Guid pupilId = Pupil(Field(csv, columns.Upn), Field(csv, columns.ChildId), problems);
        DateOnly date = Date(Field(csv, columns.Date), problems);
        short session = Session(Field(csv, columns.Session), problems);
        string? code = Code(Field(csv, columns.Code), problems);
        string? exclusion = Exclusion(Field(csv, columns.Exclusion), code, problems);
        string? urn = Urn(Field(csv, columns.Urn), problems);
        string? reason = Text(Field(csv, columns.Reason), "reason", MaxReasonLength, problems, TextKind.Paragraphs);
        string source = Source(Field(csv, columns.Source), problems);

        // A refused row keeps what could be read (its URN counts in that school's feed status).
        mark = new StagedMark(pupilId, date, session, code ?? "", reason, exclusion, urn, source);
        return problems.Count == 0;
    }

    private static ReadOnlySpan<char> Field(CsvRecordReader csv, int column) =>
        column >= 0 && column < csv.FieldCount ? csv[column].Trim() : [];

    private Guid Pupil(ReadOnlySpan<char> upn, ReadOnlySpan<char> childId, List<RowProblem> problems)
    {
        if (childId.IsEmpty)
        {
            if (upn.IsEmpty)
            {
                problems.Add(new RowProblem("upn", "is required when child_id is blank: a row names its pupil by UPN or by our child id."));
                return Guid.Empty;
            }
            switch (pupils.FindByUpn(upn, out Guid byUpn))
            {
                case UpnMatch.One:
                    return byUpn;
                case UpnMatch.Several:
                    problems.Add(new RowProblem("upn", $"'{Shown(upn)}' is held by more than one pupil the Virtual School knows: give our child_id as well."));
                    return Guid.Empty;
                default:
                    problems.Add(new RowProblem("upn", $"'{Shown(upn)}' is not the UPN of a pupil the Virtual School knows."));
                    return Guid.Empty;
            }
        }
        if (!Guid.TryParse(childId, out Guid id) || id == Guid.Empty)
        {
            problems.Add(new RowProblem("child_id", "must be a non-empty GUID (our child id)."));
            return Guid.Empty;
        }
        if (!pupils.IsKnown(id))
        {
            problems.Add(new RowProblem("child_id", $"{id} is not a pupil the Virtual School knows."));
            return Guid.Empty;
        }
        if (!upn.IsEmpty && !pupils.Holds(upn, id))
        {
            problems.Add(new RowProblem("child_id", $"names a pupil who does not hold the row's UPN '{Shown(upn)}'."));
            return Guid.Empty;
        }
        return id;
    }

    private DateOnly Date(ReadOnlySpan<char> text, List<RowProblem> problems)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date))
        {
            problems.Add(new RowProblem("date", "must be a date in the form yyyy-MM-dd."));
            return default;
        }
        if (!_dateProblems.TryGetValue(date, out string? problem))
        {
            _dateProblems[date] = problem = DateProblem(date);
        }
        if (problem is not null)
        {
            problems.Add(new RowProblem("date", problem));
        }
        return date;
    }

    private string? DateProblem(DateOnly date)
    {
        string day = date.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture);
        if (date > today)
        {
            return $"{day} is after today: a mark is sent once the register is taken.";
        }
        if (!calendar.Covers(date))
        {
            return $"no term dates are configured for the school year {SchoolYear.Containing(date).Name}, so {day} cannot be checked as a school day.";
        }
        if (calendar.IsSchoolDay(date))
        {
            return null;
        }

        string why = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? "a weekend"
            : !WorkingDayCalendar.EnglandAndWales.IsWorkingDay(date) ? "a bank holiday"
            : calendar.TermContaining(date) is not { } term ? "between terms"
            : term.IsInBreak(date) ? $"in the half-term break of {term.Name}"
            : "a non-school day of the authority";
        return $"{day} is not a school day ({why}); a school's own closure is sent as code #.";
    }

    private static short Session(ReadOnlySpan<char> text, List<RowProblem> problems)
    {
        if (text.Equals("AM", StringComparison.OrdinalIgnoreCase))
        {
            return (short)Domain.Attendance.Session.AM;
        }
        if (text.Equals("PM", StringComparison.OrdinalIgnoreCase))
        {
            return (short)Domain.Attendance.Session.PM;
        }
        problems.Add(new RowProblem("session", "must be AM or PM."));
        return -1;
    }

    private string? Code(ReadOnlySpan<char> text, List<RowProblem> problems)
    {
        if (_codes.Find(text) is { } code)
        {
            return code;
        }
        problems.Add(new RowProblem("code", codes.Problem(text.ToString())!));
        return null;
    }

    private static string? Exclusion(ReadOnlySpan<char> text, string? code, List<RowProblem> problems)
    {
        string? kind = text.IsEmpty ? null
            : text.Equals(ExclusionRow.Suspension, StringComparison.OrdinalIgnoreCase) ? ExclusionRow.Suspension
            : text.Equals(ExclusionRow.PermanentExclusion, StringComparison.OrdinalIgnoreCase) ? ExclusionRow.PermanentExclusion
            : "";
        if (kind == "")
        {
            problems.Add(new RowProblem("exclusion", $"must be blank, {ExclusionRow.Suspension} or {ExclusionRow.PermanentExclusion}."));
            return null;
        }
        if (kind is not null && code is not null && code != "E")
        {
            problems.Add(new RowProblem("exclusion", $"marks a suspended or excluded session, which takes code E; this row's code is '{code}'."));
        }
        return kind;
    }

    private string? Urn(ReadOnlySpan<char> text, List<RowProblem> problems)
    {
        if (text.IsEmpty)
        {
            if (sender.SchoolUrn is { } own)
            {
                return own;
            }
            return null;
        }
        string? urn = _urns.Find(text);
        if (urn is null)
        {
            if (!SchoolDetails.IsUrn(text.ToString()))
            {
                problems.Add(new RowProblem("urn", "must be a school's URN: 6 or 7 digits."));
                return null;
            }
            urn = _urns.Add(text);
        }
        if (sender.SchoolUrn is { } school && urn != school)
        {
            problems.Add(new RowProblem("urn", $"a school may send marks for its own URN ({school}) only, not {urn}."));
        }
        return urn;
    }

    private string Source(ReadOnlySpan<char> text, List<RowProblem> problems)
    {
        if (text.IsEmpty)
        {
            return sender.Source;
        }
        if (_sources.Find(text) is { } known)
        {
            return known;
        }
        string? checkedSource = Text(text, "source", MaxSourceLength, problems);
        return checkedSource is not null && _sources.Count < 1000 ? _sources.Add(checkedSource) : checkedSource ?? sender.Source;
    }

    private static string? Text(ReadOnlySpan<char> text, string field, int maxLength, List<RowProblem> problems, TextKind kind = TextKind.Line)
    {
        if (text.IsEmpty)
        {
            return null;
        }
        if (text.Length > maxLength)
        {
            problems.Add(new RowProblem(field, $"must be at most {maxLength} characters."));
            return null;
        }
        string value = text.ToString();
        if (TextRules.Problem(value, kind) is { } problem)
        {
            problems.Add(new RowProblem(field, problem));
            return null;
        }
        return value;
    }

    private static string Shown(ReadOnlySpan<char> text) => text.Length <= 20 ? text.ToString() : $"{text[..20]}…";
}

/// <summary>A good row, ready to stage.</summary>
public readonly record struct StagedMark(
    Guid PupilId, DateOnly Date, short Session, string Code, string? Reason, string? Exclusion, string? Urn, string Source);

/// <summary>Why a row was refused, by the field at fault (<c>line</c> when the row is not CSV at all).</summary>
public readonly record struct RowProblem(string Field, string Reason);
