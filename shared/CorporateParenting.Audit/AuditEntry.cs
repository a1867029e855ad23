namespace CorporateParenting.Audit;

/// <summary>What was read or changed.</summary>
/// <param name="Action">The operation, e.g. <c>placements.v1.Placements/GetChild</c> or <c>GET /api/children/{id}</c>.</param>
/// <param name="RecordKind">The kind of record, e.g. <c>child</c>, <c>health-assessment</c>, <c>partner-notification</c>.</param>
/// <param name="ChildId">The child whose record it is, when there is one.</param>
/// <param name="RecordId">The record's own id, when it is not the child.</param>
public sealed record AuditEntry(string Action, string RecordKind, Guid? ChildId, string? RecordId = null);
