namespace CorporateParenting.AppHost.Model;

/// <summary>A named Kestrel endpoint of a project (<c>http</c>: HTTP/1.1, <c>grpc</c>: HTTP/2 cleartext) on a loopback port.</summary>
public sealed record Endpoint(string Name, int Port)
{
    public string Url => $"http://127.0.0.1:{Port}";
}
