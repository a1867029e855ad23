using CorporateParenting.Rules;

namespace Health.Domain;

/// <summary>Something recorded about a child's health that the rules do not allow. The message says what to fix.</summary>
public sealed class HealthRuleViolation(string message) : RuleViolation(message);
