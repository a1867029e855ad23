namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>
/// A failure the caller can act on. Each subclass has one <see cref="DomainErrorKind"/>, which
/// <see cref="ErrorStatusMap"/> turns into one HTTP status and one gRPC status code.
/// </summary>
public abstract class DomainException(string message) : Exception(message)
{
    public abstract DomainErrorKind Kind { get; }
}

public enum DomainErrorKind
{
    Validation,
    NotFound,
    Conflict,
    RuleViolation,
}
