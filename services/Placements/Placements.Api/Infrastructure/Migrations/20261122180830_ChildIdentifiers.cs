using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ChildIdentifiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ethnicity",
                table: "children",
                type: "character varying(4)",
                maxLength: 4,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "home_postcode",
                table: "children",
                type: "character varying(8)",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "nhs_number",
                table: "children",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "uasc_since",
                table: "children",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "upn",
                table: "children",
                type: "character varying(13)",
                maxLength: 13,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ethnicity",
                table: "children");

            migrationBuilder.DropColumn(
                name: "home_postcode",
                table: "children");

            migrationBuilder.DropColumn(
                name: "nhs_number",
                table: "children");

            migrationBuilder.DropColumn(
                name: "uasc_since",
                table: "children");

            migrationBuilder.DropColumn(
                name: "upn",
                table: "children");
        }
    }
}
