using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeavingCare.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class YoungPeopleStatusAdvisersPlansAndInTouch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "personal_advisers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_personal_advisers", x => x.id);
                });

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
                    determination_on = table.Column<DateOnly>(type: "date", nullable: true),
                    in_education_or_training = table.Column<bool>(type: "boolean", nullable: false),
                    asked_for_support_on = table.Column<DateOnly>(type: "date", nullable: true),
                    declined_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_young_people", x => x.id);
                    table.CheckConstraint("ck_young_people_category", "category IN ('none', 'eligible', 'relevant', 'former-relevant', 'qualifying')");
                });

            migrationBuilder.CreateTable(
                name: "adviser_allocations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    young_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    adviser_id = table.Column<Guid>(type: "uuid", nullable: false),
                    from = table.Column<DateOnly>(type: "date", nullable: false),
                    to = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_adviser_allocations", x => x.id);
                    table.ForeignKey(
                        name: "FK_adviser_allocations_personal_advisers_adviser_id",
                        column: x => x.adviser_id,
                        principalTable: "personal_advisers",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_adviser_allocations_young_people_young_person_id",
                        column: x => x.young_person_id,
                        principalTable: "young_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
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

            migrationBuilder.CreateTable(
                name: "in_touch_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    young_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    method = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_in_touch_records", x => x.id);
                    table.CheckConstraint("ck_in_touch_records_kind", "kind IN ('contact', 'accommodation', 'activity')");
                    table.ForeignKey(
                        name: "FK_in_touch_records_young_people_young_person_id",
                        column: x => x.young_person_id,
                        principalTable: "young_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pathway_plan_steps",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    young_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pathway_plan_steps", x => x.id);
                    table.CheckConstraint("ck_pathway_plan_steps_kind", "kind IN ('needs-assessment', 'review', 'review-requested')");
                    table.ForeignKey(
                        name: "FK_pathway_plan_steps_young_people_young_person_id",
                        column: x => x.young_person_id,
                        principalTable: "young_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "plan_reviews_overdue",
                columns: table => new
                {
                    young_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_plan_reviews_overdue", x => new { x.young_person_id, x.due_on });
                    table.ForeignKey(
                        name: "FK_plan_reviews_overdue_young_people_young_person_id",
                        column: x => x.young_person_id,
                        principalTable: "young_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_adviser_allocations_adviser",
                table: "adviser_allocations",
                column: "adviser_id");

            migrationBuilder.CreateIndex(
                name: "ux_adviser_allocations_open",
                table: "adviser_allocations",
                column: "young_person_id",
                unique: true,
                filter: "\"to\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_care_leaver_statuses_young_person",
                table: "care_leaver_statuses",
                column: "young_person_id");

            migrationBuilder.CreateIndex(
                name: "ix_in_touch_records_young_person",
                table: "in_touch_records",
                columns: new[] { "young_person_id", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_pathway_plan_steps_young_person",
                table: "pathway_plan_steps",
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
                name: "adviser_allocations");

            migrationBuilder.DropTable(
                name: "care_leaver_statuses");

            migrationBuilder.DropTable(
                name: "in_touch_records");

            migrationBuilder.DropTable(
                name: "pathway_plan_steps");

            migrationBuilder.DropTable(
                name: "plan_reviews_overdue");

            migrationBuilder.DropTable(
                name: "read_model_rebuilds");

            migrationBuilder.DropTable(
                name: "personal_advisers");

            migrationBuilder.DropTable(
                name: "young_people");
        }
    }
}
