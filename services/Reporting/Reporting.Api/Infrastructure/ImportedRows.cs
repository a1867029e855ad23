namespace Reporting.Api.Infrastructure;

/// <summary>One of the case system's tables as last imported for a collection year: when, by whom, and how many rows it kept and refused.</summary>
public sealed class ImportedTableRecord
{
    public int YearEnding { get; set; }
    public required string Table { get; set; }
    public int Rows { get; set; }
    public int Rejected { get; set; }
    public DateTimeOffset ImportedAt { get; set; }
    public required string ImportedBy { get; set; }
}

/// <summary>A row the import kept, its fields as the return writes them.</summary>
public sealed class ImportedRow
{
    public long Id { get; set; }
    public int YearEnding { get; set; }
    public required string Table { get; set; }
    public int Line { get; set; }
    public required string Child { get; set; }
    public required string Dob { get; set; }
    public required string[] Values { get; set; }
}
