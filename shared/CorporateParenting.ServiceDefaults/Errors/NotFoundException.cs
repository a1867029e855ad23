namespace CorporateParenting.ServiceDefaults.Errors;

public sealed class NotFoundException(string what, object id) : DomainException($"{what} '{id}' was not found.")
{
    public override DomainErrorKind Kind => DomainErrorKind.NotFound;
}
