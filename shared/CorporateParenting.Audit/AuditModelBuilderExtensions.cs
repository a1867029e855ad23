using Microsoft.EntityFrameworkCore;

namespace CorporateParenting.Audit;

public static class AuditModelBuilderExtensions
{
    /// <summary>
    /// Adds <c>audit_records</c> to a service's own model, so it arrives through its migrations; call
    /// <see cref="AuditTrailGuard.CreateAuditTrailGuard"/> in the same migration to make it append-only.
    /// </summary>
    public static ModelBuilder ApplyAuditTrail(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new AuditRecordConfiguration());
}
