namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>A well-formed request that a statutory or business rule forbids; the message says what to do.</summary>
public sealed class RuleViolationException(string message) : DomainException(message)
{
    public override DomainErrorKind Kind => DomainErrorKind.RuleViolation;
}
