using Microsoft.EntityFrameworkCore.Migrations;

namespace CorporateParenting.Audit;

/// <summary>
/// Makes <c>audit_records</c> append-only in the database itself, so that no code path of the service (nor anyone
/// with its credentials and no superuser rights) can rewrite history; the hash chain detects what this cannot stop.
/// </summary>
public static class AuditTrailGuard
{
    public const string Message = "audit_records is append-only";

    public const string CreateSql =
        $"""
        CREATE OR REPLACE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION '{Message}';
        END
        $$;
        CREATE TRIGGER audit_records_append_only
            BEFORE UPDATE OR DELETE ON {AuditRecordConfiguration.Table}
            FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
        """;

    public const string DropSql =
        $"""
        DROP TRIGGER IF EXISTS audit_records_append_only ON {AuditRecordConfiguration.Table};
        DROP FUNCTION IF EXISTS audit_records_append_only();
        """;

    /// <summary>Call in the service's migration <c>Up</c>, after the table is created.</summary>
    public static MigrationBuilder CreateAuditTrailGuard(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(CreateSql);
        return migrationBuilder;
    }

    /// <summary>Call in the migration <c>Down</c>, before the table is dropped.</summary>
    public static MigrationBuilder DropAuditTrailGuard(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(DropSql);
        return migrationBuilder;
    }
}
