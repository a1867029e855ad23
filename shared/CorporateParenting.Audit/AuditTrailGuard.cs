using Microsoft.EntityFrameworkCore.Migrations;

namespace CorporateParenting.Audit;

/// <summary>
/// Makes <c>audit_records</c> append-only in the database itself, so that no code path of the service (nor anyone
/// with its credentials and no superuser rights) can rewrite history; the hash chain detects what this cannot stop.
/// The one update allowed is the chainer's: giving an unchained row its position and hashes, once, content unchanged.
/// </summary>
public static class AuditTrailGuard
{
    public const string Message = "audit_records is append-only";

    public const string CreateSql =
        $"""
        CREATE OR REPLACE FUNCTION audit_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'UPDATE'
               AND OLD.chain_position IS NULL AND OLD.previous_hash IS NULL AND OLD.hash IS NULL
               AND NEW.chain_position IS NOT NULL AND NEW.previous_hash IS NOT NULL AND NEW.hash IS NOT NULL
               AND (NEW.id, NEW.occurred_at, NEW.subject, NEW.roles, NEW.authority, NEW.action, NEW.record_kind,
                    NEW.child_id, NEW.record_id, NEW.trace_id)
                   IS NOT DISTINCT FROM
                   (OLD.id, OLD.occurred_at, OLD.subject, OLD.roles, OLD.authority, OLD.action, OLD.record_kind,
                    OLD.child_id, OLD.record_id, OLD.trace_id)
            THEN
                RETURN NEW;
            END IF;
            RAISE EXCEPTION '{Message}';
        END
        $$;
        DROP TRIGGER IF EXISTS audit_records_append_only ON {AuditRecordConfiguration.Table};
        CREATE TRIGGER audit_records_append_only
            BEFORE UPDATE OR DELETE ON {AuditRecordConfiguration.Table}
            FOR EACH ROW EXECUTE FUNCTION audit_records_append_only();
        """;

    public const string DropSql =
        $"""
        DROP TRIGGER IF EXISTS audit_records_append_only ON {AuditRecordConfiguration.Table};
        DROP FUNCTION IF EXISTS audit_records_append_only();
        """;

    /// <summary>Rows chained under a lock at insert, before chaining moved to the background, keep their order.</summary>
    public const string PositionRowsChainedAtInsertSql =
        $"UPDATE {AuditRecordConfiguration.Table} SET chain_position = id WHERE chain_position IS NULL AND hash IS NOT NULL";

    /// <summary>Call in the service's migration <c>Up</c>, after the table is created; again after changing the table.</summary>
    public static MigrationBuilder CreateAuditTrailGuard(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(CreateSql);
        return migrationBuilder;
    }

    /// <summary>Call in the migration <c>Down</c>, before the table is dropped, or before changing its rows.</summary>
    public static MigrationBuilder DropAuditTrailGuard(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(DropSql);
        return migrationBuilder;
    }
}
