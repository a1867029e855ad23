using CorporateParenting.Audit;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VirtualSchool.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ChainAuditRecordsInBackground : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAuditTrailGuard();

            migrationBuilder.AlterColumn<string>(
                name: "previous_hash",
                table: "audit_records",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AlterColumn<string>(
                name: "hash",
                table: "audit_records",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<long>(
                name: "chain_position",
                table: "audit_records",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_chain_position",
                table: "audit_records",
                column: "chain_position",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_unchained",
                table: "audit_records",
                column: "id",
                filter: "chain_position IS NULL");

            migrationBuilder.Sql(AuditTrailGuard.PositionRowsChainedAtInsertSql);
            migrationBuilder.CreateAuditTrailGuard();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAuditTrailGuard();

            migrationBuilder.DropIndex(
                name: "ix_audit_records_chain_position",
                table: "audit_records");

            migrationBuilder.DropIndex(
                name: "ix_audit_records_unchained",
                table: "audit_records");

            migrationBuilder.DropColumn(
                name: "chain_position",
                table: "audit_records");

            migrationBuilder.AlterColumn<string>(
                name: "previous_hash",
                table: "audit_records",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "hash",
                table: "audit_records",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);

            migrationBuilder.CreateAuditTrailGuard();
        }
    }
}
