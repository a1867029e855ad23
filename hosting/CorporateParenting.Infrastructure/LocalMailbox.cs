using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace CorporateParenting.Infrastructure;

/// <summary>An email smtp4dev received, as its message list shows it.</summary>
public sealed record ReceivedEmail(
    Guid Id,
    string From,
    IReadOnlyList<string> To,
    string Subject,
    [property: JsonPropertyName("receivedDate")] DateTimeOffset ReceivedAt,
    int AttachmentCount);

/// <summary>
/// What a local smtp4dev has received, read through its web API: for tests that check what the platform sent
/// (who to, what subject, the MIME it put on the wire), and for a person's scripts.
/// </summary>
public sealed class LocalMailbox(Uri webUri) : IDisposable
{
    private const int PageSize = 500;

    private readonly HttpClient _http = new() { BaseAddress = webUri, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Every email kept, oldest first (the API pages them, newest first by default).</summary>
    public async Task<IReadOnlyList<ReceivedEmail>> ListAsync(CancellationToken ct = default)
    {
        var emails = new List<ReceivedEmail>();
        for (var page = 1; ; page++)
        {
            var answer = await _http.GetFromJsonAsync<MessagePage>(
                $"api/messages?page={page}&pageSize={PageSize}&sortIsDescending=false", ct)
                ?? throw new InvalidOperationException($"smtp4dev at {webUri} answered an empty message list.");
            emails.AddRange(answer.Results);
            if (page >= answer.PageCount)
            {
                return emails;
            }
        }
    }

    /// <summary>The email exactly as it arrived over SMTP (headers and MIME parts), e.g. for MimeKit's <c>MimeMessage.Load</c>.</summary>
    public Task<string> SourceAsync(Guid id, CancellationToken ct = default) =>
        _http.GetStringAsync($"api/messages/{id}/raw", ct);

    /// <summary>Deletes every email kept, so a test sees only what it caused.</summary>
    public async Task ClearAsync(CancellationToken ct = default) =>
        (await _http.DeleteAsync("api/messages/*", ct)).EnsureSuccessStatusCode();

    /// <summary>Whether the web API answers yet.</summary>
    public async Task<bool> AnswersAsync(CancellationToken ct = default)
    {
        try
        {
            using var response = await _http.GetAsync(Smtp4dev.ProbePath.TrimStart('/'), ct);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !ct.IsCancellationRequested))
        {
            return false;
        }
    }

    public void Dispose() => _http.Dispose();

    private sealed record MessagePage(IReadOnlyList<ReceivedEmail> Results, int PageCount);
}
