using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace CorporateParenting.DemoData.VirtualSchool;

/// <summary>The Virtual School's REST API as the demo calls it: JSON in and out, and a failure it did not expect stops the load with the answer.</summary>
public sealed class DemoApi(HttpClient client)
{
    public HttpClient Client => client;

    public async Task<JsonElement> GetAsync(string path, CancellationToken cancellationToken) =>
        await client.GetFromJsonAsync<JsonElement>(path, cancellationToken);

    /// <summary>
    /// The <c>total</c> <paramref name="path"/> answers once it has not changed for <paramref name="quiet"/> (and is above
    /// zero when <paramref name="atLeastOne"/>): what events are still bringing in is counted before the demo goes on.
    /// </summary>
    public async Task<int> TotalOnceSettledAsync(string path, TimeSpan quiet, bool atLeastOne, CancellationToken cancellationToken)
    {
        var (last, stableSince) = (-1, DateTimeOffset.UtcNow);
        while (true)
        {
            var total = (await GetAsync(path, cancellationToken)).GetProperty("total").GetInt32();
            if ((total > 0 || !atLeastOne) && total == last && DateTimeOffset.UtcNow - stableSince > quiet)
            {
                return total;
            }
            if (total != last)
            {
                (last, stableSince) = (total, DateTimeOffset.UtcNow);
            }
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }
    }

    /// <summary>Sends <paramref name="body"/>; the answer's status and JSON (default when none), or throws unless the status is a success or <paramref name="expected"/>.</summary>
    public async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(
        HttpMethod method, string path, object? body, CancellationToken cancellationToken, params HttpStatusCode[] expected)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        using var response = await client.SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode && !expected.Contains(response.StatusCode))
        {
            throw new HttpRequestException($"{method} {path}: {(int)response.StatusCode} {text}");
        }
        return (response.StatusCode, text.Length == 0 ? default : JsonSerializer.Deserialize<JsonElement>(text));
    }
}
