namespace CorporateParenting.ReadModels;

/// <summary>The bearer token this service presents when it calls another service on its own account (role <c>service</c>).</summary>
public interface IServiceTokenSource
{
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
