using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VirtualSchool.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AlertResolutionNote : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "resolution_note",
                table: "attendance_alerts",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "resolution_note",
                table: "attendance_alerts");
        }
    }
}
