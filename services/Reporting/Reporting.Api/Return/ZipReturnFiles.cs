using System.IO.Compression;
using System.Text;

namespace Reporting.Api.Return;

/// <summary>
/// The return's files written into a zip on the response body as each is read, through a <see cref="ResponseBuffer"/>
/// that sends what the zip writes asynchronously, a file at a time: no file is built in memory first.
/// </summary>
public sealed class ZipReturnFiles : IReturnFiles, IAsyncDisposable
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly ResponseBuffer _output;
    private readonly ZipArchive _zip;

    private ZipReturnFiles(ResponseBuffer output, ZipArchive zip) => (_output, _zip) = (output, zip);

    public static async Task<ZipReturnFiles> CreateAsync(Stream response, CancellationToken ct)
    {
        var output = new ResponseBuffer(response);
        return new(output, await ZipArchive.CreateAsync(output, ZipArchiveMode.Create, leaveOpen: true, entryNameEncoding: null, ct));
    }

    public async Task WriteAsync(string name, Func<TextWriter, Task> write, CancellationToken ct)
    {
        await using (var entry = await _zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(ct))
        await using (var writer = new StreamWriter(entry, Utf8))
        {
            await write(writer);
            await writer.FlushAsync(ct);
        }
        await _output.FlushAsync(ct);
    }

    public HeldTable Hold() => HeldTable.InTemporaryFile();

    public async Task WriteAsync(string name, HeldTable table, CancellationToken ct)
    {
        await using (var entry = await _zip.CreateEntry(name, CompressionLevel.Optimal).OpenAsync(ct))
        {
            await table.CopyToAsync(entry, ct);
        }
        await _output.FlushAsync(ct);
    }

    /// <summary>Writes the zip's central directory and sends it.</summary>
    public async ValueTask DisposeAsync()
    {
        await _zip.DisposeAsync();
        await _output.FlushAsync(CancellationToken.None);
        await _output.DisposeAsync();
    }
}
