using CorporateParenting.Rules;

namespace Notifications.Domain;

/// <summary>A step the notifications' rules do not allow (docs/out-of-area.md). The message says why and what to do.</summary>
public sealed class NotificationRuleViolation(string message) : RuleViolation(message);
