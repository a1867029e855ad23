using System.ComponentModel.DataAnnotations;
using VirtualSchool.Domain.Terms;

namespace VirtualSchool.Api.Options;

/// <summary>
/// The authority's term dates, per school year (docs/virtual-school.md §3.5): terms with their half-term breaks, and
/// extra non-school days. Term dates cannot be computed, so every school year the Virtual School takes marks for must be
/// configured here; a school's own closures arrive as code <c>#</c> in its marks.
/// </summary>
public sealed class SchoolTermsOptions
{
    public const string Section = "VirtualSchool:Terms";

    [Required, MinLength(1)]
    public List<SchoolYearTerms> SchoolYears { get; set; } = [];

    /// <summary>The calendar of every configured year; refused with the rule's message when the dates do not hold together.</summary>
    public SchoolTermCalendar ToCalendar() => new(
        SchoolYears.SelectMany(year => year.Terms.Select(term => new SchoolTerm(
            term.Name, term.Starts, term.Ends, [.. term.Breaks.Select(b => new HalfTermBreak(b.Starts, b.Ends))]))),
        SchoolYears.SelectMany(year => year.NonSchoolDays));

    public sealed class SchoolYearTerms
    {
        /// <summary>The calendar year the school year starts in: 2025 for 2025/26.</summary>
        [Range(2000, 2100)]
        public int StartYear { get; set; }

        [Required, MinLength(1)]
        public List<TermDates> Terms { get; set; } = [];

        /// <summary>Days inside a term with no school for anyone (the authority's own closures).</summary>
        public List<DateOnly> NonSchoolDays { get; set; } = [];
    }

    public sealed class TermDates
    {
        [Required]
        public string Name { get; set; } = "";

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
