using CorporateParenting.Rules;

namespace Placements.Domain;

/// <summary>A change to a child's care history that the SSDA903 rules do not allow. The message says what to fix.</summary>
public sealed class CareRuleViolation(string message) : RuleViolation(message);
