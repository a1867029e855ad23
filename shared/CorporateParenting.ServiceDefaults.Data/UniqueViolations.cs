using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CorporateParenting.ServiceDefaults.Data;

public static class UniqueViolations
{
    /// <summary>
    /// The save broke a unique index: usually a concurrent copy of the same request committed first. Optionally only
    /// for one table, so a collision elsewhere is not mistaken for it.
    /// </summary>
    public static bool IsUniqueViolation(this DbUpdateException exception, string? table = null) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } postgres
        && (table is null || postgres.TableName == table);
}
