namespace Reporting.Api.Return;

/// <summary>The self-check: the tables are read and checked, and written nowhere.</summary>
public sealed class NoReturnFiles : IReturnFiles
{
    public Task WriteAsync(string name, Func<TextWriter, Task> write, CancellationToken ct) => write(TextWriter.Null);

    public HeldTable Hold() => HeldTable.Nowhere();

    public Task WriteAsync(string name, HeldTable table, CancellationToken ct) => Task.CompletedTask;
}
