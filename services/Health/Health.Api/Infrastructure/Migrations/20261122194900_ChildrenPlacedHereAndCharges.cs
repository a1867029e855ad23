using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Health.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ChildrenPlacedHereAndCharges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "placing_authority_code",
                table: "children",
                type: "character varying(9)",
                maxLength: 9,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "charges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placing_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charges", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_charges_assessment_id",
                table: "charges",
                column: "assessment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charges_placing_authority_code_completed_on",
                table: "charges",
                columns: new[] { "placing_authority_code", "completed_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "charges");

            migrationBuilder.DropColumn(
                name: "placing_authority_code",
                table: "children");
        }
    }
}
