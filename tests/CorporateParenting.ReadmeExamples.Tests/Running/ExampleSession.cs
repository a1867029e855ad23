using System.Diagnostics;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using CorporateParenting.AppHost;
using CorporateParenting.Health.V1;
using CorporateParenting.Placements.V1;
using CorporateParenting.ReadmeExamples.Tests.Extraction;
using CorporateParenting.ServiceDefaults.Security;
using CorporateParenting.Testing;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Rpc;
using Grpc.Core;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace CorporateParenting.ReadmeExamples.Tests.Running;

/// <summary>What an example got back: its status as the README would show it (<c>404</c>, <c>NOT_FOUND</c>) and its JSON.</summary>
public sealed record ExampleOutcome(string Status, bool Succeeded, string? Json, string Detail)
{
    public bool IsNotFound => Status is "404" or "NOT_FOUND";
}

/// <summary>
/// Runs README examples as a reader would, one after another in one shell: the token command (run in-process with the
/// tests' signing key, exactly as the AppHost runs it), then the request, sent to the in-process service that listens on
/// the example's port locally, as curl or grpcurl would send it. Values the responses return (<c>child_id</c>, <c>id</c>)
/// fill the placeholders of the examples after them; a placeholder no example above fills comes from a given (a child
/// in care, its Initial Health Assessment), made through the services' public APIs.
/// </summary>
public sealed partial class ExampleSession(ExamplePlatform platform, ITestOutputHelper log)
{
    /// <summary>How long an example may keep answering NOT_FOUND, or a read answering short of the README's response,
    /// while an event from an example above is on its way (outbox, RabbitMQ, consumer).</summary>
    private static readonly TimeSpan EventualConsistency = TimeSpan.FromSeconds(30);

    private static readonly Lazy<Dictionary<string, ServiceDescriptor>> GrpcServices = new(CompiledServices);

    private readonly Dictionary<string, string> _values = [];

    public IReadOnlyDictionary<string, string> Values => _values;

    /// <summary>Runs <paramref name="example"/>; throws with the README file, line and what went wrong unless it does as shown.</summary>
    public async Task RunAsync(ReadmeExample example, ReadmeExample? before = null)
    {
        try
        {
            await RunCheckedAsync(example);
        }
        catch (Exception e) when (e is FormatException or InvalidOperationException or XunitException or RpcException)
        {
            var role = before is null ? "" : $", run before {before.Name},";
            throw new XunitException($"{example.Name}{role} does not do what the README shows:\n{e.Message}\n\n{Source(example)}");
        }
    }

    private async Task RunCheckedAsync(ReadmeExample example)
    {
        if (example.Assignments.Count > 0)
        {
            throw new FormatException("an example sets environment variables before the command; show them separately.");
        }
        var args = new List<string>();
        foreach (var word in example.Arguments)
        {
            args.Add(word.IsOperator
                ? throw new FormatException($"'{word}' (pipes, redirections, background jobs) is not part of a request; leave it out of examples.")
                : await FillPlaceholdersAsync(await EvaluateAsync(word, example.Functions)));
        }

        Func<Task<ExampleOutcome>> send;
        string summary;
        bool isRead;
        if (example.Program == "curl")
        {
            var request = CurlRequest.Parse(args);
            var endpoint = ServicePorts.At(request.Url.Host, request.Url.Port);
            if (!endpoint.SpeaksHttp1)
            {
                throw new FormatException($"curl calls {endpoint.Project}'s {endpoint.Name} endpoint (port {endpoint.Port}), which speaks only {endpoint.Protocols}.");
            }
            var service = platform.For(endpoint);
            send = () => SendAsync(service, request);
            summary = $"curl {request.Method} {request.Url.PathAndQuery} → {endpoint.Project}";
            isRead = request.Method == HttpMethod.Get || request.Method == HttpMethod.Head;
        }
        else
        {
            var request = GrpcurlRequest.Parse(args);
            var endpoint = ServicePorts.At(request.Host, request.Port);
            if (!endpoint.SpeaksHttp2)
            {
                throw new FormatException($"grpcurl calls {endpoint.Project}'s {endpoint.Name} endpoint (port {endpoint.Port}), which speaks only {endpoint.Protocols}.");
            }
            var service = platform.For(endpoint);
            send = () => SendAsync(service, request);
            summary = $"grpcurl {request.Service}/{request.Method} → {endpoint.Project}";
            isRead = request.Method.StartsWith("Get", StringComparison.Ordinal) || request.Method.StartsWith("List", StringComparison.Ordinal);
        }

        var waited = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            var outcome = await send();
            var (problem, mayCatchUp) = Judge(example, outcome, isRead);
            if (problem is null)
            {
                log.WriteLine($"{example.Name}: {summary}: {outcome.Status}{(outcome.Json is null ? "" : $" {Shorten(outcome.Json)}")}");
                if (outcome.Json is not null)
                {
                    using var json = JsonDocument.Parse(outcome.Json);
                    foreach (var (name, value) in ExampleValues.In(json.RootElement))
                    {
                        _values[name] = value;
                    }
                }
                return;
            }
            if (!mayCatchUp || waited.Elapsed > EventualConsistency)
            {
                var tries = attempt == 1 ? "" : $" (the last of {attempt} tries over {waited.Elapsed.TotalSeconds:0} s)";
                throw new XunitException($"{summary}: {problem}{tries}\n{outcome.Detail}");
            }
            // Gently: partner endpoints allow 120 requests a minute per authority.
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 100 * attempt)));
        }
    }

    /// <summary>Null when the outcome is what the README shows; otherwise why not, and whether waiting could change it.</summary>
    private (string? Problem, bool MayCatchUp) Judge(ReadmeExample example, ExampleOutcome outcome, bool isRead)
    {
        if (example.ExpectedStatus is { } shown)
        {
            if (outcome.Status != shown)
            {
                return ($"the README shows {shown}, but it answered {outcome.Status}", false);
            }
        }
        else if (!outcome.Succeeded)
        {
            return ($"it answered {outcome.Status}; an example must succeed unless a comment on it shows the error (# → 404 …)", outcome.IsNotFound);
        }

        if (example.Response is { } response)
        {
            using var expected = ParseShownJson(example, response);
            using var actual = JsonDocument.Parse(outcome.Json ?? "null");
            if (JsonExcerpt.Mismatch(expected.RootElement, actual.RootElement, name => _values.GetValueOrDefault(name)) is { } difference)
            {
                return ($"the response the README shows on line {response.Line} differs: {difference}", isRead);
            }
        }
        return (null, false);
    }

    private static JsonDocument ParseShownJson(ReadmeExample example, ExpectedResponse response)
    {
        try
        {
            return JsonDocument.Parse(response.Json);
        }
        catch (JsonException e)
        {
            throw new FormatException($"the json block on line {response.Line} of {example.File} is not JSON: {e.Message}");
        }
    }

    private static async Task<ExampleOutcome> SendAsync(HostedService service, CurlRequest request)
    {
        using var client = service.CreateHttpClient();
        using var message = new HttpRequestMessage(request.Method, request.Url.PathAndQuery);
        string? contentType = null;
        foreach (var header in request.Headers)
        {
            if (header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType = header.Value;
            }
            else if (!message.Headers.TryAddWithoutValidation(header.Name, header.Value))
            {
                throw new FormatException($"curl -H '{header.Name}: …' is not a request header.");
            }
        }
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.Remove("Content-Type");
            message.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }
        using var response = await client.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var isJson = response.Content.Headers.ContentType?.MediaType?.EndsWith("json", StringComparison.Ordinal) == true && body.Length > 0;
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new ExampleOutcome(status, response.IsSuccessStatusCode, isJson ? body : null,
            $"HTTP {status}{(response.Headers.WwwAuthenticate.Count > 0 ? $" ({response.Headers.WwwAuthenticate})" : "")} {Shorten(body)}");
    }

    private static async Task<ExampleOutcome> SendAsync(HostedService service, GrpcurlRequest request)
    {
        if (!GrpcServices.Value.TryGetValue(request.Service, out var descriptor))
        {
            throw new FormatException(
                $"grpcurl calls {request.Service}, a service this test project does not compile a .proto for ({string.Join(", ", GrpcServices.Value.Keys)}).");
        }
        var method = descriptor.FindMethodByName(request.Method)
            ?? throw new FormatException($"{request.Service} has no method {request.Method}.");
        IMessage input;
        try
        {
            input = JsonParser.Default.Parse(request.Json, method.InputType);
        }
        catch (Exception e) when (e is InvalidProtocolBufferException or InvalidJsonException)
        {
            throw new FormatException($"grpcurl -d is not a {method.InputType.FullName}: {e.Message}");
        }

        var call = new Method<IMessage, IMessage>(
            method.IsServerStreaming ? MethodType.ServerStreaming : MethodType.Unary,
            descriptor.FullName, method.Name, Marshal(method.InputType), Marshal(method.OutputType));
        if (method.IsClientStreaming)
        {
            throw new FormatException($"{request.Service}/{request.Method} streams from the client; grpcurl examples of that are not supported.");
        }
        var headers = new Metadata();
        foreach (var header in request.Headers)
        {
            headers.Add(header.Name.ToLowerInvariant(), header.Value);
        }
        var options = new CallOptions(headers, DateTime.UtcNow.AddSeconds(30));
        var invoker = service.Grpc.CreateCallInvoker();
        try
        {
            string json;
            if (call.Type == MethodType.Unary)
            {
                json = JsonFormatter.Default.Format(await invoker.AsyncUnaryCall(call, null, options, input));
            }
            else
            {
                using var stream = invoker.AsyncServerStreamingCall(call, null, options, input);
                var messages = new List<string>();
                while (await stream.ResponseStream.MoveNext(CancellationToken.None))
                {
                    messages.Add(JsonFormatter.Default.Format(stream.ResponseStream.Current));
                }
                json = $"[{string.Join(',', messages)}]";
            }
            return new ExampleOutcome("OK", true, json, "");
        }
        catch (RpcException e)
        {
            var violations = e.GetRpcStatus()?.GetDetail<BadRequest>()?.FieldViolations.Select(v => $"\n  {v.Field}: {v.Description}") ?? [];
            return new ExampleOutcome(StatusName(e.StatusCode), false, null, $"{StatusName(e.StatusCode)}: {e.Status.Detail}{string.Concat(violations)}");
        }
    }

    private static Marshaller<IMessage> Marshal(MessageDescriptor type) =>
        Marshallers.Create<IMessage>(message => message.ToByteArray(), bytes => type.Parser.ParseFrom(bytes));

    /// <summary>The name grpcurl prints: <c>FAILED_PRECONDITION</c> for <see cref="StatusCode.FailedPrecondition"/>.</summary>
    public static string StatusName(StatusCode code) => ExampleValues.SnakeCase(code.ToString()).ToUpperInvariant();

    /// <summary>Every gRPC service whose .proto this project compiles, by full name, as grpcurl finds them by reflection.</summary>
    private static Dictionary<string, ServiceDescriptor> CompiledServices() =>
        typeof(ExampleSession).Assembly.GetTypes()
            .Where(type => type.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(type => type.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .SelectMany(file => file.Services)
            .ToDictionary(service => service.FullName);

    /// <summary>A word's text, with <c>$(…)</c> run: only the token command, called directly or through a function the README defines.</summary>
    private static async Task<string> EvaluateAsync(ShellWord word, IReadOnlyDictionary<string, ShellFunction> functions)
    {
        var text = new StringBuilder();
        foreach (var part in word.Parts)
        {
            text.Append(part switch
            {
                TextPart literal => literal.Text,
                SubstitutionPart substitution => await SubstituteAsync(substitution.Script, functions),
                VariablePart variable => throw new FormatException(
                    $"${variable.Name}: examples use no shell variables, only $(…token…) and <placeholders>."),
                _ => throw new UnreachableException(),
            });
        }
        return text.ToString();
    }

    private static async Task<string> SubstituteAsync(string script, IReadOnlyDictionary<string, ShellFunction> functions)
    {
        if (ShellScript.Parse(script) is not [var command] || command.Words.Any(word => word.IsOperator))
        {
            throw new FormatException($"$({script}) is not one simple command.");
        }
        var words = command.Words.ToList();
        if (words[0].Text is { } name && functions.TryGetValue(name, out var function))
        {
            words = [.. function.Body, .. words.Skip(1)];
        }
        var args = new List<string>();
        foreach (var word in words)
        {
            args.Add(await EvaluateAsync(word, functions));
        }
        return TokenCommandOutput(args, script).TrimEnd('\n', '\r');
    }

    /// <summary>
    /// <c>dotnet run --project CorporateParenting.AppHost --no-launch-profile -- token …</c>, run as the AppHost's <c>Program</c> runs it, but
    /// signing with the key the services under test trust.
    /// </summary>
    private static string TokenCommandOutput(List<string> args, string script)
    {
        if (args is not ["dotnet", "run", ..])
        {
            throw new FormatException($"$({script}): the only command examples may run is the AppHost's token command.");
        }
        var appHost = Path.Combine(Infrastructure.RepositoryRoot.Find(), "CorporateParenting.AppHost");
        var noLaunchProfile = false;
        var i = 2;
        for (; i < args.Count && args[i] != "--"; i++)
        {
            switch (args[i])
            {
                case "--project" when i + 1 < args.Count:
                    var project = Path.GetFullPath(Path.Combine(Infrastructure.RepositoryRoot.Find(), args[++i]));
                    if (project.TrimEnd(Path.DirectorySeparatorChar) != appHost && project != Path.Combine(appHost, "CorporateParenting.AppHost.csproj"))
                    {
                        throw new FormatException($"$({script}) runs {args[i]}, not the AppHost (CorporateParenting.AppHost, from the repository root).");
                    }
                    break;
                case "--no-launch-profile":
                    noLaunchProfile = true;
                    break;
                case "--no-build" or "--no-restore":
                    break;
                default:
                    throw new FormatException($"$({script}): 'dotnet run {args[i]}' is not understood by the README examples test.");
            }
        }
        if (!noLaunchProfile && File.Exists(Path.Combine(appHost, "Properties", "launchSettings.json")))
        {
            // As dotnet run does: its own line comes first on standard output, so $(…) would not be the token alone.
            throw new FormatException(
                $"$({script}): dotnet run prints 'Using launch settings from CorporateParenting.AppHost/Properties/launchSettings.json...' "
                + "on standard output before the token; add --no-launch-profile.");
        }
        var commandArgs = args.Skip(i + 1).ToArray();
        if (commandArgs.FirstOrDefault() != TokenCommand.Name)
        {
            throw new FormatException($"$({script}) runs the AppHost itself, which prints no token; add '-- {TokenCommand.Name} …'.");
        }
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var exit = TokenCommand.Run(commandArgs, output, errors, () => TestTokens.SigningKey, TimeProvider.System);
        return exit == 0 ? output.ToString() : throw new FormatException($"$({script}) exits with {exit}:\n{errors}");
    }

    private async Task<string> FillPlaceholdersAsync(string text)
    {
        var filled = new StringBuilder();
        var last = 0;
        foreach (Match placeholder in Placeholder().Matches(text))
        {
            filled.Append(text, last, placeholder.Index - last);
            filled.Append(await ValueForAsync(placeholder.Groups["name"].Value, placeholder.Value));
            last = placeholder.Index + placeholder.Length;
        }
        return filled.Append(text, last, text.Length - last).ToString();
    }

    private async Task<string> ValueForAsync(string name, string placeholder)
    {
        if (_values.TryGetValue(name, out var value))
        {
            return value;
        }
        if (placeholder.Contains("from above", StringComparison.Ordinal))
        {
            throw new FormatException($"{placeholder}: no example above it in the README returns {name}.");
        }
        value = name switch
        {
            "child_id" => await GivenChildInCareAsync(),
            "assessment_id" => await GivenInitialHealthAssessmentAsync(),
            _ => throw new FormatException(
                $"{placeholder}: no example above it returns {name}, and the README examples test has no given for it; add one to {nameof(ExampleSession)}."),
        };
        _values[name] = value;
        return value;
    }

    /// <summary>A child in care since 15 December 2025, with our own foster carers in our area (U6, PR1).</summary>
    private async Task<string> GivenChildInCareAsync()
    {
        var placements = new Placements.V1.Placements.PlacementsClient(platform.Placements.Grpc);
        var recorded = await placements.RecordEntryToCareAsync(new RecordEntryToCareRequest
        {
            ClientRequestId = "readme-given-child",
            CaseReference = "README-GIVEN-1",
            GivenName = "Jordan",
            FamilyName = "Reid",
            DateOfBirth = "2013-09-14",
            Sex = "F",
            EnteredCareOn = "2025-12-15",
            LegalStatus = "C2",
            CategoryOfNeed = "N1",
            PlacementType = "U6",
            PlacementProvider = "PR1",
            ProviderUrn = "SC000001",
            PlacementAuthorityCode = "E06000015",
        }, TestTokens.GrpcAs(Roles.CaseSystem));
        log.WriteLine($"given: a child in care, child_id {recorded.ChildId}");
        return recorded.ChildId;
    }

    /// <summary>The Initial Health Assessment Health opened for that child once Placements' event reached it.</summary>
    private async Task<string> GivenInitialHealthAssessmentAsync()
    {
        var childId = await ValueForAsync("child_id", "<child_id>");
        var health = new Health.V1.Health.HealthClient(platform.Health.Grpc);
        var summary = await Eventually.ReturnsAsync(
            async () =>
            {
                try
                {
                    return await health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = childId }, TestTokens.GrpcAs(Roles.Health));
                }
                catch (RpcException e) when (e.StatusCode == StatusCode.NotFound)
                {
                    return null; // the event has not reached Health yet
                }
            },
            found => found?.Assessments.Any(a => a.Kind == "INITIAL") == true,
            $"Health to open the Initial Health Assessment of child {childId}");
        var iha = summary!.Assessments.First(a => a.Kind == "INITIAL");
        log.WriteLine($"given: its Initial Health Assessment, assessment_id {iha.AssessmentId}");
        return iha.AssessmentId;
    }

    private static string Source(ReadmeExample example) =>
        $"{example.File} line {example.Line}: {example.Program} {string.Join(' ', example.Arguments)}";

    private static string Shorten(string text) => text.Length <= 600 ? text : text[..600] + "…";

    [GeneratedRegex(@"<(?<name>[a-z][a-z0-9_]*)(\s[^<>]*)?>")]
    private static partial Regex Placeholder();
}
