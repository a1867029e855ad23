using Microsoft.Extensions.Options;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Options;

/// <summary>
/// The authority's term dates, per school year, and its extra non-school days (inset days, closures): term dates cannot
/// be computed, so they are configuration (docs/virtual-school.md §3.5). Built once into the service's
/// <see cref="SchoolTermCalendar"/>.
/// </summary>
public sealed class SchoolTermOptions
{
    public const string Section = "VirtualSchool:Terms";

    public List<SchoolYearDates> SchoolYears { get; set; } = [];

    public List<DateOnly> NonSchoolDays { get; set; } = [];

    /// <summary>The calendar these dates describe; a <see cref="VirtualSchoolRuleViolation"/> when they are not a valid one.</summary>
    public SchoolTermCalendar ToCalendar() => new(
        SchoolYears.SelectMany(year => year.Terms).Select(term =>
            new SchoolTerm(term.Name, term.Starts, term.Ends, [.. term.Breaks.Select(b => new HalfTermBreak(b.Starts, b.Ends))])),
        NonSchoolDays);

    /// <summary>One school year's terms; its name ("2026/27") is for the reader of the configuration.</summary>
    public sealed class SchoolYearDates
    {
        public string Name { get; set; } = string.Empty;

        public List<TermDates> Terms { get; set; } = [];
    }

    /// <summary>A term's name (unique across years: it names the period of a termly measure), first and last day, and breaks.</summary>
    public sealed class TermDates
    {
        public string Name { get; set; } = string.Empty;

        public DateOnly Starts { get; set; }

        public DateOnly Ends { get; set; }

        public List<BreakDates> Breaks { get; set; } = [];
    }

    public sealed class BreakDates
    {
        public DateOnly Starts { get; set; }

        public DateOnly Ends { get; set; }
    }
}

/// <summary>Refuses to start with term dates that are not a calendar, naming what is wrong.</summary>
internal sealed class SchoolTermOptionsValidation : IValidateOptions<SchoolTermOptions>
{
    public ValidateOptionsResult Validate(string? name, SchoolTermOptions options)
    {
        try
        {
            options.ToCalendar();
            return ValidateOptionsResult.Success;
        }
        catch (VirtualSchoolRuleViolation violation)
        {
            return ValidateOptionsResult.Fail($"{SchoolTermOptions.Section}: {violation.Message}");
        }
    }
}
