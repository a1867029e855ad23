namespace Reporting.Domain;

/// <summary>
/// A child's row in one of the return's tables other than the Header, as far as the cross-table rules look at it: the
/// table's name (<see cref="ReturnTables"/>), its CHILD, and its DOB where the table has one (Episodes has none).
/// </summary>
public sealed record TableRow(string Table, string Child, string? Dob = null);
