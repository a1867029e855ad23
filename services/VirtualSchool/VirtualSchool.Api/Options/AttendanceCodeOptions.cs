using System.ComponentModel.DataAnnotations;
using VirtualSchool.Domain;
using VirtualSchool.Domain.Attendance;

namespace VirtualSchool.Api.Options;

/// <summary>
/// Changes to the register code table (docs/virtual-school.md §4.1), which is otherwise the national one. An entry for a
/// code in the table changes only what it gives (its category, whether it counts as a possible session, its meaning);
/// an entry for another code adds it and must give all three. A list, not a map, because codes such as <c>/</c> and
/// <c>#</c> cannot be configuration keys:
/// <c>VirtualSchool__AttendanceCodes__Codes__0__Code=Q</c>, <c>VirtualSchool__AttendanceCodes__Codes__0__CountsAsPossible=true</c>.
/// </summary>
public sealed class AttendanceCodeOptions : IValidatableObject
{
    public const string Section = "VirtualSchool:AttendanceCodes";

    public List<CodeChange> Codes { get; set; } = [];

    /// <summary>The table in force; refused with the rule's message when a change does not make a code.</summary>
    public AttendanceCodes ToTable()
    {
        var table = AttendanceCodes.Default;
        return Codes.Count == 0 ? table : table.With(Codes.Select(change => change.Applied(table)));
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext) => RuleValidation.Of(nameof(Codes), () => ToTable());

    public sealed class CodeChange
    {
        public string Code { get; set; } = "";
        public string? Meaning { get; set; }
        public AttendanceCategory? Category { get; set; }
        public bool? CountsAsPossible { get; set; }

        internal AttendanceCode Applied(AttendanceCodes table)
        {
            if (table.Find(Code) is { } held)
            {
                return held with
                {
                    Meaning = Meaning ?? held.Meaning,
                    Category = Category ?? held.Category,
                    CountsAsPossible = CountsAsPossible ?? held.CountsAsPossible,
                };
            }
            if (Meaning is null || Category is null || CountsAsPossible is null)
            {
                throw new VirtualSchoolRuleViolation(
                    $"{Section}: '{Code}' is not in the national table, so its Meaning, Category and CountsAsPossible must all be given.");
            }
            return new AttendanceCode(Code, Meaning, Category.Value, CountsAsPossible.Value);
        }
    }
}
