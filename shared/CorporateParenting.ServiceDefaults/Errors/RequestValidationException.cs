namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>The request is malformed: one or more fields, each with the reasons it was refused.</summary>
public sealed class RequestValidationException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException("One or more fields are invalid: " + string.Join(", ", errors.Keys) + ".")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public override DomainErrorKind Kind => DomainErrorKind.Validation;
}
