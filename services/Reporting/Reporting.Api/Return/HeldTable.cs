namespace Reporting.Api.Return;

/// <summary>
/// A table's rows held aside while another table of the same stream is written into the zip (Placements streams a child's
/// Header, Episodes, UASC and SWEpisodes rows together, and a zip holds one open file at a time). Held in a temporary file
/// that the operating system deletes when it is closed, so memory stays flat whatever the caseload and nothing outlives the
/// request; or nowhere, when only findings are wanted.
/// </summary>
public sealed class HeldTable : IAsyncDisposable
{
    private readonly Stream _store;

    private HeldTable(Stream store)
    {
        _store = store;
        Writer = new StreamWriter(store, leaveOpen: true);
    }

    public TextWriter Writer { get; }

    public static HeldTable InTemporaryFile() => new(new FileStream(
        Path.Combine(Path.GetTempPath(), $"reporting-{Guid.NewGuid():N}.csv"), FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None,
        bufferSize: 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous));

    public static HeldTable Nowhere() => new(Stream.Null);

    /// <summary>Copies what was written to <paramref name="destination"/>.</summary>
    public async Task CopyToAsync(Stream destination, CancellationToken ct)
    {
        await Writer.FlushAsync(ct);
        _store.Position = 0;
        await _store.CopyToAsync(destination, ct);
    }

    public async ValueTask DisposeAsync()
    {
        await Writer.DisposeAsync();
        await _store.DisposeAsync();
    }
}
