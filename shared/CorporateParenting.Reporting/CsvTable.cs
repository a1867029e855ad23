using System.Text;

namespace CorporateParenting.Reporting;

/// <summary>
/// A CSV table as the SSDA903 files are written (read by Placements' caseload import and Reporting's table imports): a header row, comma-separated, fields optionally in double quotes
/// (with "" for a quote). Rows keep their 1-based line number for the rejection report.
/// </summary>
public sealed class CsvTable
{
    private CsvTable(string name, IReadOnlyList<string> columns, IReadOnlyList<CsvRow> rows) =>
        (Name, Columns, Rows) = (name, columns, rows);

    public string Name { get; }
    public IReadOnlyList<string> Columns { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    public static CsvTable Read(string name, TextReader reader)
    {
        var header = reader.ReadLine() ?? throw new FormatException($"The {name} file is empty: it needs a header row.");
        var columns = Split(header.TrimStart('\uFEFF')).Select(c => c.Trim().ToUpperInvariant()).ToList();
        var rows = new List<CsvRow>();
        var line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }
            var values = Split(text);
            var fields = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < columns.Count; i++)
            {
                fields[columns[i]] = i < values.Count ? values[i].Trim() : string.Empty;
            }
            rows.Add(new CsvRow(name, line, fields));
        }
        return new CsvTable(name, columns, rows);
    }

    private static List<string> Split(string line)
    {
        var values = new List<string>();
        var value = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    value.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    value.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                values.Add(value.ToString());
                value.Clear();
            }
            else
            {
                value.Append(c);
            }
        }
        values.Add(value.ToString());
        return values;
    }
}

/// <summary>One data row: its table, its line in the file, and its fields by column name.</summary>
public sealed record CsvRow(string Table, int Line, IReadOnlyDictionary<string, string> Fields)
{
    public string this[string column] => Fields.TryGetValue(column, out var value) ? value : string.Empty;
}
