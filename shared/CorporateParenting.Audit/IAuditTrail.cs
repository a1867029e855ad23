namespace CorporateParenting.Audit;

/// <summary>Records who read or changed an individual child's record, in the service's own database.</summary>
public interface IAuditTrail
{
    /// <summary>
    /// Appends one row to the chain. Inside the context's current transaction when there is one, so the row commits
    /// or rolls back with the change it records; otherwise in a transaction of its own.
    /// </summary>
    Task RecordAsync(AuditEntry entry, CancellationToken ct);
}
