using CorporateParenting.Rules;

namespace LeavingCare.Domain;

/// <summary>Something recorded about a young person's leaving care that the rules do not allow. The message says what to fix.</summary>
public sealed class LeavingCareRuleViolation(string message) : RuleViolation(message);
