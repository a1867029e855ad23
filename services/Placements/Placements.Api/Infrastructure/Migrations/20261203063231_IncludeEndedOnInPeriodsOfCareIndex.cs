using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class IncludeEndedOnInPeriodsOfCareIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_periods_of_care_child_id_started_on",
                table: "periods_of_care");

            migrationBuilder.CreateIndex(
                name: "IX_periods_of_care_child_id_started_on",
                table: "periods_of_care",
                columns: new[] { "child_id", "started_on" },
                unique: true)
                .Annotation("Npgsql:IndexInclude", new[] { "ended_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_periods_of_care_child_id_started_on",
                table: "periods_of_care");

            migrationBuilder.CreateIndex(
                name: "IX_periods_of_care_child_id_started_on",
                table: "periods_of_care",
                columns: new[] { "child_id", "started_on" },
                unique: true);
        }
    }
}
