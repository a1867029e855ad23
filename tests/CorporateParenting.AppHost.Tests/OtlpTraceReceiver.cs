using System.Collections.Concurrent;
using Google.Protobuf;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorporateParenting.AppHost.Tests;

/// <summary>A span as the services export it: which service, which trace, its own and its parent's id, name and kind.</summary>
public sealed record ExportedSpan(string Service, string TraceId, string SpanId, string ParentSpanId, string Name, int Kind)
{
    public const int Server = 2;
    public const int Producer = 4;
    public const int Consumer = 5;
}

/// <summary>
/// An OTLP/HTTP (protobuf) collector on loopback standing in for the dashboard, so the tests can read every span the
/// services export. Only the fields the tests need are decoded, straight from the protobuf wire format of
/// ExportTraceServiceRequest (opentelemetry-proto: resource_spans=1 → resource=1 / scope_spans=2 → spans=2).
/// </summary>
public sealed class OtlpTraceReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ExportedSpan> _spans = new();
    private WebApplication? _app;

    public Uri Endpoint { get; private set; } = null!;

    public IReadOnlyList<ExportedSpan> Spans => _spans.ToArray();

    public static async Task<OtlpTraceReceiver> StartAsync()
    {
        var receiver = new OtlpTraceReceiver();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body);
            foreach (var span in Decode(body.ToArray()))
            {
                receiver._spans.Enqueue(span);
            }
            return Results.Ok();
        });
        app.MapPost("/v1/{signal}", () => Results.Ok()); // logs and metrics: accepted, not kept
        await app.StartAsync();
        receiver._app = app;
        receiver.Endpoint = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private static IEnumerable<ExportedSpan> Decode(byte[] request)
    {
        foreach (var resourceSpans in Fields(request, 1))
        {
            var service = Fields(resourceSpans, 1).SelectMany(resource => Fields(resource, 1))
                .Select(attribute => (Key: Text(Fields(attribute, 1).FirstOrDefault()), Value: Fields(attribute, 2).FirstOrDefault()))
                .Where(attribute => attribute.Key == "service.name")
                .Select(attribute => Text(Fields(attribute.Value ?? [], 1).FirstOrDefault()))
                .FirstOrDefault() ?? "?";
            foreach (var span in Fields(resourceSpans, 2).SelectMany(scope => Fields(scope, 2)))
            {
                yield return new ExportedSpan(service,
                    Hex(Fields(span, 1).FirstOrDefault()), Hex(Fields(span, 2).FirstOrDefault()), Hex(Fields(span, 4).FirstOrDefault()),
                    Text(Fields(span, 5).FirstOrDefault()), (int)Varint(span, 6));
            }
        }
    }

    /// <summary>The length-delimited values of one field number in a message.</summary>
    private static List<byte[]> Fields(byte[] message, int number)
    {
        var values = new List<byte[]>();
        var input = new CodedInputStream(message);
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.LengthDelimited)
            {
                values.Add(input.ReadBytes().ToByteArray());
            }
            else
            {
                input.SkipLastField();
            }
        }
        return values;
    }

    private static ulong Varint(byte[] message, int number)
    {
        var input = new CodedInputStream(message);
        for (var tag = input.ReadTag(); tag != 0; tag = input.ReadTag())
        {
            if (WireFormat.GetTagFieldNumber(tag) == number && WireFormat.GetTagWireType(tag) == WireFormat.WireType.Varint)
            {
                return input.ReadUInt64();
            }
            input.SkipLastField();
        }
        return 0;
    }

    private static string Text(byte[]? value) => value is null ? "" : System.Text.Encoding.UTF8.GetString(value);

    private static string Hex(byte[]? value) => value is null ? "" : Convert.ToHexStringLower(value);
}
