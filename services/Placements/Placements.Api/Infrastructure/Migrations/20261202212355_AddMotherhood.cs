using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AddMotherhood : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "first_child_born_on",
                table: "children",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "is_mother",
                table: "children",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "first_child_born_on",
                table: "children");

            migrationBuilder.DropColumn(
                name: "is_mother",
                table: "children");
        }
    }
}
