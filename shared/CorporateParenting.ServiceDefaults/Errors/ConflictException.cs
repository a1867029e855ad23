namespace CorporateParenting.ServiceDefaults.Errors;

/// <summary>The request clashes with what is already stored (e.g. a duplicate reference).</summary>
public sealed class ConflictException(string message) : DomainException(message)
{
    public override DomainErrorKind Kind => DomainErrorKind.Conflict;
}
