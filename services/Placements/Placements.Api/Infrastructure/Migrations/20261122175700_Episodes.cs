using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Episodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "rec",
                table: "periods_of_care",
                type: "character varying(3)",
                maxLength: 3,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "episodes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_of_care_id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<int>(type: "integer", nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rne = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    legal_status = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    category_of_need = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    placement_type = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    placement_provider = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    provider_urn = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    placement_postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    placement_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    is_out_of_area = table.Column<bool>(type: "boolean", nullable: false),
                    reason_place_change = table.Column<string>(type: "character varying(6)", maxLength: 6, nullable: true),
                    rec = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_episodes", x => x.id);
                    table.ForeignKey(
                        name: "FK_episodes_periods_of_care_period_of_care_id",
                        column: x => x.period_of_care_id,
                        principalTable: "periods_of_care",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_episodes_period_of_care_id_sequence",
                table: "episodes",
                columns: new[] { "period_of_care_id", "sequence" },
                unique: true);


            // Each stored period's codes become its first episode (RNE S) before the columns go.
            migrationBuilder.Sql("""
                INSERT INTO episodes (id, period_of_care_id, sequence, starts_on, ends_on, rne, legal_status, category_of_need,
                                      placement_type, placement_authority_code, is_out_of_area)
                SELECT gen_random_uuid(), id, 0, started_on, ended_on, 'S', legal_status, category_of_need,
                       placement_type, placement_authority_code, is_out_of_area
                FROM periods_of_care
                """);

            migrationBuilder.DropColumn(
                name: "category_of_need",
                table: "periods_of_care");

            migrationBuilder.DropColumn(
                name: "is_out_of_area",
                table: "periods_of_care");

            migrationBuilder.DropColumn(
                name: "legal_status",
                table: "periods_of_care");

            migrationBuilder.DropColumn(
                name: "placement_authority_code",
                table: "periods_of_care");

            migrationBuilder.DropColumn(
                name: "placement_type",
                table: "periods_of_care");

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "episodes");

            migrationBuilder.DropColumn(
                name: "rec",
                table: "periods_of_care");

            migrationBuilder.AddColumn<string>(
                name: "category_of_need",
                table: "periods_of_care",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "is_out_of_area",
                table: "periods_of_care",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "legal_status",
                table: "periods_of_care",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "placement_authority_code",
                table: "periods_of_care",
                type: "character varying(9)",
                maxLength: 9,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "placement_type",
                table: "periods_of_care",
                type: "character varying(3)",
                maxLength: 3,
                nullable: false,
                defaultValue: "");
        }
    }
}
