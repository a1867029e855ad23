using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Notifications.Domain.Webhooks;

namespace Notifications.Api.Delivery;

/// <summary>
/// Posts a notice to a partner's endpoint, signed with its secret (docs/out-of-area.md §8): the JSON body, the
/// signature header over it, and the delivery's id. The answer's status, or why there was none.
/// </summary>
public sealed class WebhookSender(IHttpClientFactory clients, TimeProvider clock)
{
    public const string ClientName = "partner-webhooks";
    public const string DeliveryIdHeader = "X-Corporate-Parenting-Delivery";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<(bool Accepted, int? StatusCode, string Outcome)> SendAsync(string url, string secret, NoticeDocument document, TimeSpan timeout, CancellationToken ct)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(document, Json);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(Encoding.UTF8.GetBytes(secret), clock.GetUtcNow(), body));
        request.Headers.Add(DeliveryIdHeader, document.DeliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(ct);
        attempt.CancelAfter(timeout);
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, attempt.Token);
            var status = (int)response.StatusCode;
            return (response.IsSuccessStatusCode, status, response.IsSuccessStatusCode ? "accepted" : $"refused: {status} {response.ReasonPhrase}");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (false, null, $"no answer within {timeout.TotalSeconds:0.#} s");
        }
        catch (HttpRequestException exception)
        {
            return (false, null, $"unreachable: {exception.Message}");
        }
    }
}
