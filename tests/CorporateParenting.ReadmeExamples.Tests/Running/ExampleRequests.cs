namespace CorporateParenting.ReadmeExamples.Tests.Running;

/// <summary>A header as curl's and grpcurl's <c>-H "name: value"</c> give it.</summary>
public sealed record Header(string Name, string Value)
{
    public static Header Parse(string option, string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0
            ? new Header(text[..colon].Trim(), text[(colon + 1)..].Trim())
            : throw new FormatException($"{option} '{text}' is not 'name: value'.");
    }
}

/// <summary>What a <c>curl</c> command sends: curl's own defaults included (GET, or POST with a form content type for <c>-d</c>).</summary>
public sealed record CurlRequest(HttpMethod Method, Uri Url, IReadOnlyList<Header> Headers, string? Body)
{
    /// <summary>
    /// The options README examples use. Any other option fails the example, so none is silently ignored:
    /// a new one is added here with what it means.
    /// </summary>
    public static CurlRequest Parse(IReadOnlyList<string> args)
    {
        string? method = null;
        Uri? url = null;
        var headers = new List<Header>();
        string? body = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"curl {arg} needs a value.");
            switch (arg)
            {
                case "-H" or "--header":
                    headers.Add(Header.Parse(arg, Value()));
                    break;
                case "-X" or "--request":
                    method = Value();
                    break;
                case "-d" or "--data" or "--data-raw" or "--data-binary":
                    var data = Value();
                    if (data.StartsWith('@') && arg != "--data-raw")
                    {
                        throw new FormatException($"curl {arg} @file: show the body itself in the README.");
                    }
                    body = body is null ? data : $"{body}&{data}";
                    break;
                case "--json":
                    body = Value();
                    headers.Add(new Header("Content-Type", "application/json"));
                    headers.Add(new Header("Accept", "application/json"));
                    break;
                case "-s" or "--silent" or "-S" or "--show-error" or "-sS" or "-i" or "--include" or "-f" or "--fail" or "--fail-with-body":
                    break; // what curl prints or its exit code, not what it sends
                case var option when option.StartsWith('-'):
                    throw new FormatException($"curl option '{option}' is not understood by the README examples test; add it to {nameof(CurlRequest)}.");
                default:
                    url = url is null ? new Uri(arg, UriKind.Absolute) : throw new FormatException($"curl is given two URLs: {url} and {arg}.");
                    break;
            }
        }
        if (url is null)
        {
            throw new FormatException("curl is given no URL.");
        }
        if (body is not null && !headers.Any(h => h.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)))
        {
            headers.Add(new Header("Content-Type", "application/x-www-form-urlencoded")); // curl's default for -d
        }
        return new CurlRequest(new HttpMethod(method ?? (body is null ? "GET" : "POST")), url, headers, body);
    }
}

/// <summary>What a <c>grpcurl</c> command sends: <c>-plaintext</c>, headers, the <c>-d</c> JSON, an address and a method.</summary>
public sealed record GrpcurlRequest(string Host, int Port, string Service, string Method, IReadOnlyList<Header> Headers, string Json)
{
    public static GrpcurlRequest Parse(IReadOnlyList<string> args)
    {
        var plaintext = false;
        var headers = new List<Header>();
        string? json = null;
        var positional = new List<string>();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count ? args[++i] : throw new FormatException($"grpcurl {arg} needs a value.");
            switch (arg)
            {
                case "-plaintext":
                    plaintext = true;
                    break;
                case "-H" or "-rpc-header":
                    headers.Add(Header.Parse(arg, Value()));
                    break;
                case "-d":
                    json = Value();
                    if (json == "@")
                    {
                        throw new FormatException("grpcurl -d @ reads standard input: show the request itself in the README.");
                    }
                    break;
                case var option when option.StartsWith('-'):
                    throw new FormatException($"grpcurl option '{option}' is not understood by the README examples test; add it to {nameof(GrpcurlRequest)}.");
                default:
                    positional.Add(arg);
                    break;
            }
        }
        if (!plaintext)
        {
            throw new FormatException("grpcurl without -plaintext asks for TLS, which the local services do not offer.");
        }
        if (positional is not [var address, var symbol])
        {
            throw new FormatException($"grpcurl needs an address and a method, not: {string.Join(' ', positional)}.");
        }
        var colon = address.LastIndexOf(':');
        if (colon < 0 || !int.TryParse(address[(colon + 1)..], out var port))
        {
            throw new FormatException($"grpcurl address '{address}' has no port.");
        }
        // grpcurl accepts package.Service/Method and package.Service.Method.
        var slash = symbol.LastIndexOf('/') is var s and >= 0 ? s : symbol.LastIndexOf('.');
        if (slash <= 0)
        {
            throw new FormatException($"grpcurl method '{symbol}' is not package.Service/Method.");
        }
        return new GrpcurlRequest(address[..colon], port, symbol[..slash], symbol[(slash + 1)..], headers, json ?? "{}");
    }
}
