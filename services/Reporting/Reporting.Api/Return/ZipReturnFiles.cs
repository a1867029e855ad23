using System.IO.Compression;
using System.Text;

namespace Reporting.Api.Return;

/// <summary>
/// The return's files written into a zip on <paramref name="output"/> (the response body) as each is read: the zip's own
/// asynchronous writing, so nothing waits on the network synchronously and no file is built in memory first.
/// </summary>
public sealed class ZipReturnFiles(ZipArchive zip) : IReturnFiles, IAsyncDisposable
{
    public static async Task<ZipReturnFiles> CreateAsync(Stream output, CancellationToken ct) =>
        new(await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct));

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public async Task WriteAsync(string name, Func<TextWriter, Task> write, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(ct);
        await using var writer = new StreamWriter(entry, Utf8);
        await write(writer);
        await writer.FlushAsync(ct);
    }

    public HeldTable Hold() => HeldTable.InTemporaryFile();

    public async Task WriteAsync(string name, HeldTable table, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(ct);
        await table.CopyToAsync(entry, ct);
    }

    public ValueTask DisposeAsync() => zip.DisposeAsync();
}
