namespace Reporting.Api.Return;

/// <summary>
/// Where the assembled tables go: a file each in the zip as they are read (<see cref="ZipReturnFiles"/>), or nowhere when
/// only the findings are wanted (<see cref="NoReturnFiles"/>). Files are written one after another, never two at once.
/// </summary>
public interface IReturnFiles
{
    /// <summary>Writes the file <paramref name="name"/> as <paramref name="write"/> writes to it; it is complete when that returns.</summary>
    Task WriteAsync(string name, Func<TextWriter, Task> write, CancellationToken ct);

    /// <summary>Somewhere to hold a table whose rows arrive while another file is being written.</summary>
    HeldTable Hold();

    /// <summary>Writes the file <paramref name="name"/> from a held table.</summary>
    Task WriteAsync(string name, HeldTable table, CancellationToken ct);
}
