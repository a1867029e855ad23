using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Health.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SweepAndMeasuresIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_health_assessments_completed_on",
                table: "health_assessments",
                column: "completed_on");

            migrationBuilder.CreateIndex(
                name: "ix_health_assessments_unannounced_due_on",
                table: "health_assessments",
                column: "due_on",
                filter: "status IN ('Due', 'Requested', 'Booked') AND overdue_published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_children_date_of_birth",
                table: "children",
                column: "date_of_birth");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_health_assessments_completed_on",
                table: "health_assessments");

            migrationBuilder.DropIndex(
                name: "ix_health_assessments_unannounced_due_on",
                table: "health_assessments");

            migrationBuilder.DropIndex(
                name: "IX_children_date_of_birth",
                table: "children");
        }
    }
}
