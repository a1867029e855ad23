using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class UascCeasedOnAndCorrectedEpisodeStart : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "episode_starts_on",
                table: "corrections",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "uasc_ceased_on",
                table: "children",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "episode_starts_on",
                table: "corrections");

            migrationBuilder.DropColumn(
                name: "uasc_ceased_on",
                table: "children");
        }
    }
}
