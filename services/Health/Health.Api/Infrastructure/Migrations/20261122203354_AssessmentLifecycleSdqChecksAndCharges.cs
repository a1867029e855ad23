using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Health.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AssessmentLifecycleSdqChecksAndCharges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "request_to_provider_due_on",
                table: "health_assessments",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AlterColumn<Guid>(
                name: "period_of_care_id",
                table: "health_assessments",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<DateOnly>(
                name: "appointment_on",
                table: "health_assessments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "closed_on",
                table: "health_assessments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "completed_on",
                table: "health_assessments",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "immunisations_up_to_date",
                table: "health_assessments",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "overdue_published_at",
                table: "health_assessments",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<uint>(
                name: "xmin",
                table: "health_assessments",
                type: "xid",
                rowVersion: true,
                nullable: false,
                defaultValue: 0u);

            migrationBuilder.CreateTable(
                name: "assessment_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    occurred_on = table.Column<DateOnly>(type: "date", nullable: false),
                    clinician = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    clinician_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    previously_assessed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_assessment_events", x => x.id);
                    table.ForeignKey(
                        name: "FK_assessment_events_health_assessments_assessment_id",
                        column: x => x.assessment_id,
                        principalTable: "health_assessments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "charges",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    placing_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    amount = table.Column<decimal>(type: "numeric(10,2)", precision: 10, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_charges", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "children",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    placement_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    is_out_of_area = table.Column<bool>(type: "boolean", nullable: false),
                    team = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    placing_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    updated_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_children", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "sdqs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    client_request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    informant = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    completed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    responses = table.Column<int?[]>(type: "integer[]", nullable: false),
                    emotional = table.Column<int>(type: "integer", nullable: true),
                    conduct = table.Column<int>(type: "integer", nullable: true),
                    hyperactivity = table.Column<int>(type: "integer", nullable: true),
                    peer_problems = table.Column<int>(type: "integer", nullable: true),
                    prosocial = table.Column<int>(type: "integer", nullable: true),
                    total_difficulties = table.Column<int>(type: "integer", nullable: true),
                    band = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sdqs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "periods_of_care",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    is_short_breaks = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_periods_of_care", x => x.id);
                    table.ForeignKey(
                        name: "FK_periods_of_care_children_child_id",
                        column: x => x.child_id,
                        principalTable: "children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_health_assessments_completed_on",
                table: "health_assessments",
                column: "completed_on");

            migrationBuilder.CreateIndex(
                name: "ix_health_assessments_one_passport",
                table: "health_assessments",
                columns: new[] { "child_id", "kind" },
                unique: true,
                filter: "kind = 'HealthPassport'");

            migrationBuilder.CreateIndex(
                name: "ix_health_assessments_open_due_on",
                table: "health_assessments",
                column: "due_on",
                filter: "status IN ('Due', 'Requested', 'Booked')");

            migrationBuilder.CreateIndex(
                name: "ix_health_assessments_unannounced_due_on",
                table: "health_assessments",
                column: "due_on",
                filter: "status IN ('Due', 'Requested', 'Booked') AND overdue_published_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_events_assessment_id",
                table: "assessment_events",
                column: "assessment_id");

            migrationBuilder.CreateIndex(
                name: "IX_assessment_events_client_request_id",
                table: "assessment_events",
                column: "client_request_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charges_assessment_id",
                table: "charges",
                column: "assessment_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_charges_placing_authority_code_completed_on",
                table: "charges",
                columns: new[] { "placing_authority_code", "completed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_children_date_of_birth",
                table: "children",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "IX_periods_of_care_child_id",
                table: "periods_of_care",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "IX_sdqs_child_id_completed_on",
                table: "sdqs",
                columns: new[] { "child_id", "completed_on" });

            migrationBuilder.CreateIndex(
                name: "IX_sdqs_client_request_id",
                table: "sdqs",
                column: "client_request_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assessment_events");

            migrationBuilder.DropTable(
                name: "charges");

            migrationBuilder.DropTable(
                name: "periods_of_care");

            migrationBuilder.DropTable(
                name: "sdqs");

            migrationBuilder.DropTable(
                name: "children");

            migrationBuilder.DropIndex(
                name: "ix_health_assessments_completed_on",
                table: "health_assessments");

            migrationBuilder.DropIndex(
                name: "ix_health_assessments_one_passport",
                table: "health_assessments");

            migrationBuilder.DropIndex(
                name: "ix_health_assessments_open_due_on",
                table: "health_assessments");

            migrationBuilder.DropIndex(
                name: "ix_health_assessments_unannounced_due_on",
                table: "health_assessments");

            migrationBuilder.DropColumn(
                name: "appointment_on",
                table: "health_assessments");

            migrationBuilder.DropColumn(
                name: "closed_on",
                table: "health_assessments");

            migrationBuilder.DropColumn(
                name: "completed_on",
                table: "health_assessments");

            migrationBuilder.DropColumn(
                name: "immunisations_up_to_date",
                table: "health_assessments");

            migrationBuilder.DropColumn(
                name: "overdue_published_at",
                table: "health_assessments");

            migrationBuilder.DropColumn(
                name: "xmin",
                table: "health_assessments");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "request_to_provider_due_on",
                table: "health_assessments",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);

            migrationBuilder.AlterColumn<Guid>(
                name: "period_of_care_id",
                table: "health_assessments",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
