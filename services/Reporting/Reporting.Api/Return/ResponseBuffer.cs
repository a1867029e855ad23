namespace Reporting.Api.Return;

/// <summary>
/// What the zip writes, on its way to the response. Kestrel refuses synchronous writes, and the zip still makes a few
/// small ones of its own (an entry's data descriptor when the entry is closed), so every write is held here and sent
/// asynchronously once more than <see cref="SendAbove"/> bytes are held, and whenever the zip finishes a file: memory
/// stays at about that size whatever the size of the return.
/// </summary>
public sealed class ResponseBuffer(Stream response) : Stream
{
    public const int SendAbove = 64 * 1024;

    private readonly MemoryStream _held = new();

    public override bool CanRead => false;
    public override bool CanSeek => false;
    public override bool CanWrite => true;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => _held.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _held.Write(buffer);

    public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
    {
        _held.Write(buffer.Span);
        if (_held.Length > SendAbove)
        {
            await SendAsync(cancellationToken);
        }
    }

    /// <summary>A synchronous flush cannot send; what is held goes at the next asynchronous write or flush.</summary>
    public override void Flush()
    {
    }

    public override async Task FlushAsync(CancellationToken cancellationToken)
    {
        await SendAsync(cancellationToken);
        await response.FlushAsync(cancellationToken);
    }

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        if (_held.Length == 0)
        {
            return;
        }
        await response.WriteAsync(_held.GetBuffer().AsMemory(0, (int)_held.Length), cancellationToken);
        _held.SetLength(0);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
}
