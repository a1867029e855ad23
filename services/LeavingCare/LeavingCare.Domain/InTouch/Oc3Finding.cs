namespace LeavingCare.Domain.InTouch;

/// <summary>
/// An SSDA903 validation rule that applies to a young person's OC3 record, by its number in the DfE rules (docs/ssda903.md
/// §3: "1007", "344"), and a message saying what it found and what to do.
/// </summary>
public sealed record Oc3Finding(string Rule, string Message, string? Field = null);
