namespace Reporting.Domain;

/// <summary>
/// Something in the assembled return that the DfE's rules would refuse: the child's CHILD reference, the return's table
/// and field, the rule's code and what to put right (docs/ssda903.md §7.3).
/// </summary>
public sealed record ReturnFinding(string Child, string Table, string Field, string Rule, string Message);
