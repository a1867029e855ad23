namespace CorporateParenting.Audit;

/// <summary>One page of audit rows, newest first, and how many rows match in all.</summary>
public sealed record AuditRecordPage(IReadOnlyList<AuditRecord> Items, long Total);
