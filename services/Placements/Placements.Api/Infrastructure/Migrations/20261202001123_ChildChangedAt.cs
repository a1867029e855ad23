using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ChildChangedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "changed_at",
                table: "children",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "now()");

            // Children recorded before this migration take its time as their version: every event already published
            // about them is older. From now on every command and the import set it; the column keeps no default.
            migrationBuilder.Sql("ALTER TABLE children ALTER COLUMN changed_at DROP DEFAULT;");

            migrationBuilder.CreateIndex(
                name: "ix_children_changed_at",
                table: "children",
                column: "changed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_children_changed_at",
                table: "children");

            migrationBuilder.DropColumn(
                name: "changed_at",
                table: "children");
        }
    }
}
