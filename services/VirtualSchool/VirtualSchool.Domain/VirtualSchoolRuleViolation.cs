using CorporateParenting.Rules;

namespace VirtualSchool.Domain;

/// <summary>Something about a pupil, a term calendar or an attendance record that the rules do not allow. The message says what to fix.</summary>
public sealed class VirtualSchoolRuleViolation(string message) : RuleViolation(message);
