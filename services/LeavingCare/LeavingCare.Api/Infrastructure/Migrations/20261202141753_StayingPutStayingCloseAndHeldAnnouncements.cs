using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace LeavingCare.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class StayingPutStayingCloseAndHeldAnnouncements : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "announced_category",
                table: "young_people",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "none");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "category_changed_at",
                table: "young_people",
                type: "timestamp with time zone",
                nullable: true);

            // Every category held before this migration was announced when it changed.
            migrationBuilder.Sql("UPDATE young_people SET announced_category = category");

            migrationBuilder.CreateTable(
                name: "staying_close_assessments",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    young_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    assessed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    support_needed = table.Column<bool>(type: "boolean", nullable: false),
                    areas = table.Column<string[]>(type: "text[]", nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staying_close_assessments", x => x.id);
                    table.ForeignKey(
                        name: "FK_staying_close_assessments_young_people_young_person_id",
                        column: x => x.young_person_id,
                        principalTable: "young_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "staying_put_arrangements",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    young_person_id = table.Column<Guid>(type: "uuid", nullable: false),
                    carer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    planned_end_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staying_put_arrangements", x => x.id);
                    table.CheckConstraint("ck_staying_put_arrangements_dates", "(planned_end_on IS NULL OR planned_end_on > started_on) AND (ended_on IS NULL OR ended_on >= started_on)");
                    table.ForeignKey(
                        name: "FK_staying_put_arrangements_young_people_young_person_id",
                        column: x => x.young_person_id,
                        principalTable: "young_people",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_young_people_unannounced",
                table: "young_people",
                column: "category_changed_at",
                filter: "category <> announced_category");

            migrationBuilder.CreateIndex(
                name: "ix_staying_close_assessments_young_person",
                table: "staying_close_assessments",
                column: "young_person_id");

            migrationBuilder.CreateIndex(
                name: "ux_staying_put_arrangements_open",
                table: "staying_put_arrangements",
                column: "young_person_id",
                unique: true,
                filter: "ended_on IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "staying_close_assessments");

            migrationBuilder.DropTable(
                name: "staying_put_arrangements");

            migrationBuilder.DropIndex(
                name: "ix_young_people_unannounced",
                table: "young_people");

            migrationBuilder.DropColumn(
                name: "announced_category",
                table: "young_people");

            migrationBuilder.DropColumn(
                name: "category_changed_at",
                table: "young_people");
        }
    }
}
