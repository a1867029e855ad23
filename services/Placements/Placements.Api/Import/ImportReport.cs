namespace Placements.Api.Import;

/// <summary>What an import did: children imported, children already there unchanged, and every refused child with its reasons.</summary>
public sealed record ImportReport(int Imported, int Unchanged, IReadOnlyList<ImportRejection> Rejections)
{
    public int RejectedChildren => Rejections.Select(r => r.Child).Distinct().Count();

    public async Task WriteRejectionsCsvAsync(TextWriter writer)
    {
        await writer.WriteLineAsync("CHILD,TABLE,LINE,FIELD,RULE");
        foreach (var r in Rejections)
        {
            await writer.WriteLineAsync($"{Quote(r.Child)},{r.Table},{r.Line},{r.Field},{Quote(r.Rule)}");
        }
    }

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"")}\"";
}
