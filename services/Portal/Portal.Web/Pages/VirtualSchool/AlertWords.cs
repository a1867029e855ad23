namespace Portal.Web.Pages.VirtualSchool;

/// <summary>The Virtual School's alert kinds in the words its officers use, each with its RAG: red needs acting on today.</summary>
public static class AlertWords
{
    public sealed record AlertKind(string Code, string Label, string Rag, string Group);

    public const string Attendance = "Attendance";
    public const string Peps = "Personal Education Plans";

    public static readonly IReadOnlyList<AlertKind> Kinds =
    [
        new("unauthorised-absence", "Unauthorised absence", "RED", Attendance),
        new("severe-absence", "Severely absent", "RED", Attendance),
        new("excluded", "Suspended or excluded", "RED", Attendance),
        new("persistent-absence", "Persistently absent", "AMBER", Attendance),
        new("mark-missing", "Mark missing", "AMBER", Attendance),
        new("pep-overdue", "PEP overdue", "RED", Peps),
        new("pep-due", "PEP due", "AMBER", Peps),
        new("pep-returned", "PEP returned", "AMBER", Peps),
    ];

    public const string MarkMissing = "mark-missing";

    public static readonly IReadOnlyList<(string Code, string Label)> Responsibilities = [("ours", "Looked after by us"), ("placed-here", "Placed here by another authority")];

    public static AlertKind Kind(string code) => Kinds.FirstOrDefault(k => k.Code == code) ?? new(code, code, "AMBER", Attendance);

    public static string Responsibility(string code) => Responsibilities.FirstOrDefault(r => r.Code == code).Label ?? code;

    /// <summary>The GOV.UK tag colour of a RAG.</summary>
    public static string TagClass(string rag) => rag == "RED" ? "govuk-tag govuk-tag--red" : "govuk-tag govuk-tag--yellow";

    /// <summary>The Portal's tile colour of a RAG (the Health worklist's).</summary>
    public static string TileClass(string rag) => rag == "RED" ? "portal-tile portal-tile--missed" : "portal-tile portal-tile--due";
}
