namespace CorporateParenting.Rules;

/// <summary>
/// A well-formed request that a statutory or business rule forbids; the message says what to do. The .Domain projects
/// throw it (or their own subclass); ServiceDefaults turns it into 422 ProblemDetails or FAILED_PRECONDITION, so no
/// service converts it by hand.
/// </summary>
public class RuleViolation(string message) : Exception(message);
