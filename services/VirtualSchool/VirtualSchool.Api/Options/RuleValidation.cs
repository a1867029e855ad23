using System.ComponentModel.DataAnnotations;
using VirtualSchool.Domain;

namespace VirtualSchool.Api.Options;

/// <summary>A setting the domain refuses, as a start-up validation failure naming the setting and the rule's reason.</summary>
internal static class RuleValidation
{
    public static IEnumerable<ValidationResult> Of(string member, Action build)
    {
        try
        {
            build();
            return [];
        }
        catch (VirtualSchoolRuleViolation violation)
        {
            return [new ValidationResult(violation.Message, [member])];
        }
    }
}
