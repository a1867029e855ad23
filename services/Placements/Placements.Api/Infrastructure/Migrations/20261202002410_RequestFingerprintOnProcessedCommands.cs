using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RequestFingerprintOnProcessedCommands : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "request_fingerprint",
                table: "processed_commands",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "request_fingerprint",
                table: "processed_commands");
        }
    }
}
