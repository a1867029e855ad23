using System;
using CorporateParenting.Audit;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reporting.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    roles = table.Column<string>(type: "text", nullable: false),
                    authority = table.Column<string>(type: "text", nullable: true),
                    action = table.Column<string>(type: "text", nullable: false),
                    record_kind = table.Column<string>(type: "text", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: true),
                    record_id = table.Column<string>(type: "text", nullable: true),
                    trace_id = table.Column<string>(type: "text", nullable: true),
                    chain_position = table.Column<long>(type: "bigint", nullable: true),
                    previous_hash = table.Column<string>(type: "text", nullable: true),
                    hash = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_chain_position",
                table: "audit_records",
                column: "chain_position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_child_id",
                table: "audit_records",
                columns: new[] { "child_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_subject",
                table: "audit_records",
                columns: new[] { "subject", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_unchained",
                table: "audit_records",
                column: "id",
                filter: "chain_position IS NULL");

            // audit_records is append-only in the database itself.
            migrationBuilder.CreateAuditTrailGuard();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAuditTrailGuard();

            migrationBuilder.DropTable(
                name: "audit_records");
        }
    }
}
