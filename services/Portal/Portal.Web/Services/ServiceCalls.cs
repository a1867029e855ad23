using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Google.Rpc;
using Grpc.Core;
using Microsoft.AspNetCore.Mvc;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Portal.Web.Services;

/// <summary>Why a service gave a page no answer: in a form the page can show beside what still works.</summary>
public enum ServiceProblemKind
{
    /// <summary>Down, too slow, or failing: "try again later", and the rest of the page carries on.</summary>
    NotAnswering,
    NotAllowed,
    NotFound,
    /// <summary>The service named what is wrong with what the person sent, field by field where it could.</summary>
    Invalid,
    /// <summary>The request was well formed but the record's state does not allow it (e.g. already completed).</summary>
    Conflict,
}

/// <summary>A service's refusal, or its silence, as a page shows it.</summary>
public sealed record ServiceProblem(string Service, ServiceProblemKind Kind, string Message, IReadOnlyDictionary<string, string> FieldErrors)
{
    public string ServiceName => ServiceClients.DisplayNames.GetValueOrDefault(Service, Service);
}

/// <summary>What a service said: its answer, or the problem a page shows instead.</summary>
public sealed record ServiceAnswer<T>(T? Value, ServiceProblem? Problem)
{
    public bool Answered => Problem is null;
}

/// <summary>
/// The pages' one way to call a service: REST reads and commands as JSON, files as they are, gRPC calls as they are,
/// each turned into an answer or a <see cref="ServiceProblem"/> instead of an exception, so a page never fails because
/// a service did.
/// </summary>
public sealed class ServiceCalls(IHttpClientFactory clients, ILogger<ServiceCalls> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>A REST read, its JSON as <typeparamref name="T"/>.</summary>
    public Task<ServiceAnswer<T>> GetAsync<T>(string service, string pathAndQuery, CancellationToken cancellationToken) where T : class =>
        ReadAsync(service, pathAndQuery, (content, ct) => content.ReadFromJsonAsync<T>(Json, ct), cancellationToken);

    /// <summary>A REST read of a file (a CSV), as its bytes.</summary>
    public Task<ServiceAnswer<byte[]>> GetBytesAsync(string service, string pathAndQuery, CancellationToken cancellationToken) =>
        ReadAsync<byte[]>(service, pathAndQuery, (content, ct) => content.ReadAsByteArrayAsync(ct)!, cancellationToken);

    /// <summary>A REST command (POST, PUT): <paramref name="body"/> sent as JSON (nothing when null), the answer's JSON as <typeparamref name="T"/>.</summary>
    public Task<ServiceAnswer<T>> SendAsync<T>(string service, HttpMethod method, string path, object? body, CancellationToken cancellationToken) where T : class =>
        AnswerAsync(service, async (client, ct) =>
        {
            using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body, options: Json) };
            return await client.SendAsync(request, ct);
        }, (content, ct) => content.ReadFromJsonAsync<T>(Json, ct), cancellationToken);

    public Task<ServiceAnswer<T>> PostAsync<T>(string service, string path, object? body, CancellationToken cancellationToken) where T : class =>
        SendAsync<T>(service, HttpMethod.Post, path, body, cancellationToken);

    public Task<ServiceAnswer<T>> PutAsync<T>(string service, string path, object body, CancellationToken cancellationToken) where T : class =>
        SendAsync<T>(service, HttpMethod.Put, path, body, cancellationToken);

    /// <summary>
    /// A file sent as the request's body, as it is (<paramref name="file"/> carries its content type), through the service's
    /// client for files (<see cref="ServiceClients.FilesClient"/>); its answer's JSON as <typeparamref name="T"/>.
    /// </summary>
    public Task<ServiceAnswer<T>> SendFileAsync<T>(string service, string pathAndQuery, HttpContent file, CancellationToken cancellationToken) where T : class =>
        AnswerAsync(service, (client, ct) => client.PostAsync(new Uri(pathAndQuery, UriKind.Relative), file, ct),
            (content, ct) => content.ReadFromJsonAsync<T>(Json, ct), cancellationToken, ServiceClients.FilesClient(service));

    private Task<ServiceAnswer<T>> ReadAsync<T>(
        string service, string pathAndQuery, Func<HttpContent, CancellationToken, Task<T?>> read, CancellationToken cancellationToken) where T : class =>
        AnswerAsync(service, (client, ct) => client.GetAsync(new Uri(pathAndQuery, UriKind.Relative), ct), read, cancellationToken);

    /// <param name="client">The named client to send through: the service's own unless a call needs another (files).</param>
    private async Task<ServiceAnswer<T>> AnswerAsync<T>(
        string service, Func<HttpClient, CancellationToken, Task<HttpResponseMessage>> send, Func<HttpContent, CancellationToken, Task<T?>> read,
        CancellationToken cancellationToken, string? client = null) where T : class
    {
        try
        {
            using var http = clients.CreateClient(client ?? service);
            using var response = await send(http, cancellationToken);
            return response.IsSuccessStatusCode
                ? new(await read(response.Content, cancellationToken), null)
                : new(default, await RefusalAsync(service, response, cancellationToken));
        }
        catch (Exception exception) when (IsSilence(exception, cancellationToken))
        {
            return new(default, NotAnswering(service, exception));
        }
    }

    public async Task<ServiceAnswer<T>> CallAsync<T>(string service, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) where T : class
    {
        try
        {
            return new(await call(cancellationToken), null);
        }
        catch (RpcException refused) when (refused.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded or StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled))
        {
            return new(default, Refusal(service, refused));
        }
        catch (Exception exception) when (exception is RpcException || IsSilence(exception, cancellationToken))
        {
            return new(default, NotAnswering(service, exception));
        }
    }

    private ServiceProblem NotAnswering(string service, Exception exception)
    {
        logger.LogWarning(exception, "{Service} did not answer a page in time", service);
        return new(service, ServiceProblemKind.NotAnswering, "is not answering just now. Try again in a few minutes.", new Dictionary<string, string>());
    }

    private static bool IsSilence(Exception exception, CancellationToken cancellationToken) =>
        exception is HttpRequestException or TimeoutRejectedException or BrokenCircuitException
        || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);

    private static async Task<ServiceProblem> RefusalAsync(string service, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var problem = await ReadProblemAsync(response, cancellationToken);
        var fields = problem?.Errors.ToDictionary(e => e.Key, e => string.Join(" ", e.Value)) ?? [];
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new(service, ServiceProblemKind.NotAllowed, "does not let your role see this.", fields),
            HttpStatusCode.NotFound => new(service, ServiceProblemKind.NotFound, problem?.Detail ?? "has no such record.", fields),
            HttpStatusCode.Conflict or HttpStatusCode.UnprocessableEntity => new(service, ServiceProblemKind.Conflict, problem?.Detail ?? problem?.Title ?? "refused it.", fields),
            >= HttpStatusCode.BadRequest and < HttpStatusCode.InternalServerError => new(service, ServiceProblemKind.Invalid, problem?.Detail ?? problem?.Title ?? "refused it.", fields),
            _ => new(service, ServiceProblemKind.NotAnswering, "is not answering just now. Try again in a few minutes.", fields),
        };
    }

    private static async Task<HttpValidationProblemDetails?> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>(Json, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException)
        {
            return null;
        }
    }

    private static ServiceProblem Refusal(string service, RpcException refused)
    {
        var fields = refused.GetRpcStatus()?.GetDetail<BadRequest>() is { } badRequest
            ? badRequest.FieldViolations.GroupBy(v => v.Field).ToDictionary(g => g.Key, g => string.Join(" ", g.Select(v => v.Description)))
            : new Dictionary<string, string>();
        var kind = refused.StatusCode switch
        {
            StatusCode.PermissionDenied or StatusCode.Unauthenticated => ServiceProblemKind.NotAllowed,
            StatusCode.NotFound => ServiceProblemKind.NotFound,
            StatusCode.FailedPrecondition or StatusCode.AlreadyExists or StatusCode.Aborted => ServiceProblemKind.Conflict,
            _ => ServiceProblemKind.Invalid,
        };
        return new(service, kind, refused.Status.Detail, fields);
    }
}
