namespace Placements.Api.Import;

/// <summary>Why a child was not imported: the file, line, field and rule, so someone can fix the source.</summary>
public sealed record ImportRejection(string Child, string Table, int Line, string Field, string Rule);
