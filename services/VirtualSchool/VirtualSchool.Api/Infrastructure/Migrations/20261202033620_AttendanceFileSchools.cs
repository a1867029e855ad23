using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VirtualSchool.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AttendanceFileSchools : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendance_file_schools",
                columns: table => new
                {
                    file_id = table.Column<Guid>(type: "uuid", nullable: false),
                    urn = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    rows_accepted = table.Column<long>(type: "bigint", nullable: false),
                    rows_rejected = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attendance_file_schools", x => new { x.file_id, x.urn });
                    table.ForeignKey(
                        name: "FK_attendance_file_schools_attendance_files_file_id",
                        column: x => x.file_id,
                        principalTable: "attendance_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_files_urn_received_at",
                table: "attendance_files",
                columns: new[] { "urn", "received_at" });

            migrationBuilder.CreateIndex(
                name: "ix_attendance_file_schools_urn",
                table: "attendance_file_schools",
                column: "urn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance_file_schools");

            migrationBuilder.DropIndex(
                name: "ix_attendance_files_urn_received_at",
                table: "attendance_files");
        }
    }
}
