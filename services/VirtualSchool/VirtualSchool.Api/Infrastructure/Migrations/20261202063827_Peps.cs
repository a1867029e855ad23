using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace VirtualSchool.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Peps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "peps",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    occasion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    form = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    term = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    returned_reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    quality = table.Column<string>(type: "jsonb", nullable: true),
                    rating = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    close_reason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    close_detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    overdue_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    submitted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    returned_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    returned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    assessed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    assessed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_peps", x => x.id);
                    table.CheckConstraint("ck_peps_occasion", "occasion IN ('initial', 'change-of-school', 'termly-review')");
                    table.CheckConstraint("ck_peps_status", "status IN ('draft', 'submitted', 'returned', 'completed', 'closed')");
                    table.ForeignKey(
                        name: "FK_peps_pupils_pupil_id",
                        column: x => x.pupil_id,
                        principalTable: "pupils",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "pep_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    pep_id = table.Column<Guid>(type: "uuid", nullable: false),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status_after = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    content = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pep_history", x => x.id);
                    table.ForeignKey(
                        name: "FK_pep_history_peps_pep_id",
                        column: x => x.pep_id,
                        principalTable: "peps",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_pep_history_pep",
                table: "pep_history",
                column: "pep_id");

            migrationBuilder.CreateIndex(
                name: "ix_peps_open_due",
                table: "peps",
                column: "due_on",
                filter: "status IN ('draft', 'submitted', 'returned')");

            migrationBuilder.CreateIndex(
                name: "ix_peps_pupil",
                table: "peps",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ux_peps_termly_review",
                table: "peps",
                columns: new[] { "pupil_id", "term" },
                unique: true,
                filter: "term IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "pep_history");

            migrationBuilder.DropTable(
                name: "peps");
        }
    }
}
