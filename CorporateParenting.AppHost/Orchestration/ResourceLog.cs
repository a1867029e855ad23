namespace CorporateParenting.AppHost.Orchestration;

/// <summary>Writes each line prefixed by the resource it came from, in a colour of its own, so interleaved logs stay readable.</summary>
public sealed class ResourceLog
{
    private static readonly ConsoleColor[] Palette =
        [ConsoleColor.Cyan, ConsoleColor.Green, ConsoleColor.Magenta, ConsoleColor.Yellow, ConsoleColor.Blue, ConsoleColor.DarkCyan, ConsoleColor.DarkGreen, ConsoleColor.DarkYellow];

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ConsoleColor> _colours = [];
    private readonly int _width;

    public ResourceLog(IEnumerable<string> resourceNames)
    {
        var names = resourceNames.Append("apphost").ToList();
        _width = names.Max(n => n.Length);
        for (var i = 0; i < names.Count; i++)
        {
            _colours[names[i]] = Palette[i % Palette.Length];
        }
    }

    public void Write(string resource, string line)
    {
        lock (_gate)
        {
            Console.ForegroundColor = _colours.GetValueOrDefault(resource, ConsoleColor.Gray);
            Console.Write($"[{resource.PadRight(_width)}] ");
            Console.ResetColor();
            Console.WriteLine(line);
        }
    }

    public void Info(string line) => Write("apphost", line);
}
