using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Health.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ImmunisationsUpToDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "immunisations_up_to_date",
                table: "health_assessments",
                type: "boolean",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "immunisations_up_to_date",
                table: "health_assessments");
        }
    }
}
