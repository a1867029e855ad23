using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Health.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Oc2OutcomeEvents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outcome_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    sdq_reason = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outcome_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_outcome_events_children_child_id",
                        column: x => x.child_id,
                        principalTable: "children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outcome_events_child_id_occurred_on",
                table: "outcome_events",
                columns: new[] { "child_id", "occurred_on" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outcome_events");
        }
    }
}
