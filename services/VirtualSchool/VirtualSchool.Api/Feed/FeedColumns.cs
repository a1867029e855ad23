using CorporateParenting.ServiceDefaults.Errors;

namespace VirtualSchool.Api.Feed;

/// <summary>
/// Where each column of a feed is, from its header row: names in any case and any order, unknown columns ignored
/// (an MIS export may carry more). A header that cannot be a feed's refuses the whole file, naming what is missing.
/// </summary>
public sealed record FeedColumns(int Upn, int ChildId, int Urn, int Date, int Session, int Code, int Reason, int Exclusion, int Source)
{
    public const string FileField = "file";

    public static readonly string[] Names = ["upn", "child_id", "urn", "date", "session", "code", "reason", "exclusion", "source"];

    public static FeedColumns FromHeader(CsvRecordReader csv)
    {
        if (!csv.Read())
        {
            throw Refused("is empty: a feed starts with a header row naming its columns (upn or child_id, urn, date, session, code).");
        }
        if (csv.Malformed is { } malformed)
        {
            throw Refused($"has a header row that is not CSV: {malformed}");
        }

        var at = Names.ToDictionary(name => name, _ => -1, StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < csv.FieldCount; i++)
        {
            var name = csv[i].Trim().ToString();
            if (at.TryGetValue(name, out int seen))
            {
                if (seen >= 0)
                {
                    throw Refused($"names the column '{name}' twice in its header row.");
                }
                at[name] = i;
            }
        }

        var missing = new List<string>();
        if (at["upn"] < 0 && at["child_id"] < 0)
        {
            missing.Add("upn or child_id");
        }
        missing.AddRange(new[] { "urn", "date", "session", "code" }.Where(name => at[name] < 0));
        if (missing.Count > 0)
        {
            throw Refused($"has no {string.Join(", ", missing)} column in its first row: a feed starts with a header row naming "
                + "its columns (upn or child_id, urn, date, session, code; optionally reason, exclusion, source).");
        }

        return new FeedColumns(at["upn"], at["child_id"], at["urn"], at["date"], at["session"], at["code"], at["reason"], at["exclusion"], at["source"]);
    }

    private static RequestValidationException Refused(string problem) =>
        new(new Dictionary<string, string[]> { [FileField] = [$"The file {problem}"] });
}
