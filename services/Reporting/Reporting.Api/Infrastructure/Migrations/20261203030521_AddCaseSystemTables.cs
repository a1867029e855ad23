using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Reporting.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AddCaseSystemTables : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "imported_rows",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    year_ending = table.Column<int>(type: "integer", nullable: false),
                    table_name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    line = table.Column<int>(type: "integer", nullable: false),
                    child = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    dob = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    field_values = table.Column<string[]>(type: "text[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_rows", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "imported_tables",
                columns: table => new
                {
                    year_ending = table.Column<int>(type: "integer", nullable: false),
                    table_name = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rows = table.Column<int>(type: "integer", nullable: false),
                    rejected = table.Column<int>(type: "integer", nullable: false),
                    imported_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    imported_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_tables", x => new { x.year_ending, x.table_name });
                });

            migrationBuilder.CreateIndex(
                name: "IX_imported_rows_year_ending_table_name_line",
                table: "imported_rows",
                columns: new[] { "year_ending", "table_name", "line" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_rows");

            migrationBuilder.DropTable(
                name: "imported_tables");
        }
    }
}
