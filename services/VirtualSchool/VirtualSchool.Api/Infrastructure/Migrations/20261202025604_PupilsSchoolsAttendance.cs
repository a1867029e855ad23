using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VirtualSchool.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PupilsSchoolsAttendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendance_alerts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    on = table.Column<DateOnly>(type: "date", nullable: false),
                    key = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    detail = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    raised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    resolved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_alerts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    file_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    sent_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    rows_read = table.Column<long>(type: "bigint", nullable: false),
                    rows_accepted = table.Column<long>(type: "bigint", nullable: false),
                    rows_unchanged = table.Column<long>(type: "bigint", nullable: false),
                    rows_superseding = table.Column<long>(type: "bigint", nullable: false),
                    rows_rejected = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_files", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_mark_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    session = table.Column<short>(type: "smallint", nullable: false),
                    code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    exclusion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sent_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    superseded_by_file_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_mark_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attendance_marks",
                columns: table => new
                {
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    session = table.Column<short>(type: "smallint", nullable: false),
                    code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    exclusion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    sent_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_marks", x => new { x.pupil_id, x.date, x.session });
                    table.CheckConstraint("ck_attendance_marks_session", "session IN (0, 1)");
                });

            migrationBuilder.CreateTable(
                name: "pupils",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    responsibility = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    placement_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    is_out_of_area = table.Column<bool>(type: "boolean", nullable: false),
                    legal_status = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    period_of_care_id = table.Column<Guid>(type: "uuid", nullable: true),
                    in_care_since = table.Column<DateOnly>(type: "date", nullable: true),
                    left_care_on = table.Column<DateOnly>(type: "date", nullable: true),
                    reason_ceased = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    is_current = table.Column<bool>(type: "boolean", nullable: false),
                    placing_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    placing_authority_reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    details_version = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    placement_version = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    care_version = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pupils", x => x.id);
                    table.CheckConstraint("ck_pupils_responsibility", "responsibility IN ('ours', 'placed-here')");
                });

            migrationBuilder.CreateTable(
                name: "schools",
                columns: table => new
                {
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    phase = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    provision_type = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    local_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_schools", x => x.urn);
                });

            migrationBuilder.CreateTable(
                name: "attendance_rejections",
                columns: table => new
                {
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    line = table.Column<long>(type: "bigint", nullable: false),
                    field = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    reason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_rejections", x => new { x.file_id, x.line, x.field });
                    table.ForeignKey(
                        name: "FK_attendance_rejections_attendance_files_file_id",
                        column: x => x.file_id,
                        principalTable: "attendance_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "exclusions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    start_session = table.Column<short>(type: "smallint", nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_exclusions", x => x.id);
                    table.CheckConstraint("ck_exclusions_kind", "kind IN ('suspension', 'permanent-exclusion')");
                    table.CheckConstraint("ck_exclusions_sessions", "sessions > 0");
                    table.ForeignKey(
                        name: "FK_exclusions_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enrolments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    registration = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolments", x => x.id);
                    table.CheckConstraint("ck_enrolments_dates", "ends_on IS NULL OR ends_on >= starts_on");
                    table.CheckConstraint("ck_enrolments_registration", "registration IN ('single', 'dual-main', 'dual-subsidiary')");
                    table.ForeignKey(
                        name: "FK_enrolments_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_enrolments_schools_urn",
                        column: x => x.urn,
                        principalTable: "schools",
                        principalColumn: "urn",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "enrolment_corrections",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    enrolment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    corrected_from = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    corrected_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    corrected_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_enrolment_corrections", x => x.id);
                    table.ForeignKey(
                        name: "FK_enrolment_corrections_enrolments_enrolment_id",
                        column: x => x.enrolment_id,
                        principalTable: "enrolments",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_alerts_open",
                table: "attendance_alerts",
                column: "raised_at",
                filter: "resolved_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ux_attendance_alerts_once",
                table: "attendance_alerts",
                columns: new[] { "pupil_id", "kind", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_attendance_files_sha256",
                table: "attendance_files",
                column: "sha256",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_attendance_mark_history_pupil_date",
                table: "attendance_mark_history",
                columns: new[] { "pupil_id", "date" });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_marks_date",
                table: "attendance_marks",
                column: "date");

            migrationBuilder.CreateIndex(
                name: "IX_enrolment_corrections_enrolment_id",
                table: "enrolment_corrections",
                column: "enrolment_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_pupil_id",
                table: "enrolments",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "IX_enrolments_urn",
                table: "enrolments",
                column: "urn");

            migrationBuilder.CreateIndex(
                name: "ux_exclusions_pupil_start",
                table: "exclusions",
                columns: new[] { "pupil_id", "kind", "starts_on", "start_session" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_pupils_date_of_birth",
                table: "pupils",
                column: "date_of_birth");

            migrationBuilder.CreateIndex(
                name: "ix_pupils_upn",
                table: "pupils",
                column: "upn");

            migrationBuilder.CreateIndex(
                name: "ux_pupils_placing_authority_reference",
                table: "pupils",
                columns: new[] { "placing_authority_code", "placing_authority_reference" },
                unique: true,
                filter: "placing_authority_code IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_alerts");

            migrationBuilder.DropTable(
                name: "attendance_mark_history");

            migrationBuilder.DropTable(
                name: "attendance_marks");

            migrationBuilder.DropTable(
                name: "attendance_rejections");

            migrationBuilder.DropTable(
                name: "enrolment_corrections");

            migrationBuilder.DropTable(
                name: "exclusions");

            migrationBuilder.DropTable(
                name: "attendance_files");

            migrationBuilder.DropTable(
                name: "enrolments");

            migrationBuilder.DropTable(
                name: "pupils");

            migrationBuilder.DropTable(
                name: "schools");
        }
    }
}
