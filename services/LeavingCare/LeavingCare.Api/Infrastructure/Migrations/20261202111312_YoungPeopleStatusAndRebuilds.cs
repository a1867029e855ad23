using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeavingCare.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class YoungPeopleStatusAndRebuilds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "read_model_rebuilds",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    changed_since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resume_after_child_id = table.Column<Guid>(type: "uuid", nullable: true),
                    children_applied = table.Column<int>(type: "integer", nullable: false),
                    children_failed = table.Column<int>(type: "integer", nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_read_model_rebuilds", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "young_people",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    category_since = table.Column<DateOnly>(type: "date", nullable: true),
                    evaluated_on = table.Column<DateOnly>(type: "date", nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    determination_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    determination_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    determination_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_young_people", x => x.id);
                    table.CheckConstraint("ck_young_people_category", "category IN ('none', 'eligible', 'relevant', 'former-relevant', 'qualifying')");
                });

            migrationBuilder.CreateTable(
                name: "care_leaver_statuses",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    young_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    found_by = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_leaver_statuses", x => x.id);
                    table.ForeignKey(
                        name: "FK_care_leaver_statuses_young_people_young_person_id",
                        column: x => x.young_person_id,
                        principalTable: "young_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_care_leaver_statuses_young_person",
                table: "care_leaver_statuses",
                column: "young_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_read_model_rebuilds_one_first_start",
                table: "read_model_rebuilds",
                column: "trigger",
                unique: true,
                filter: "trigger = 'first-start'");

            migrationBuilder.CreateIndex(
                name: "ix_read_model_rebuilds_requested_at",
                table: "read_model_rebuilds",
                column: "requested_at");

            migrationBuilder.CreateIndex(
                name: "ix_young_people_evaluated",
                table: "young_people",
                columns: new[] { "evaluated_on", "date_of_birth" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "care_leaver_statuses");

            migrationBuilder.DropTable(
                name: "read_model_rebuilds");

            migrationBuilder.DropTable(
                name: "young_people");
        }
    }
}
