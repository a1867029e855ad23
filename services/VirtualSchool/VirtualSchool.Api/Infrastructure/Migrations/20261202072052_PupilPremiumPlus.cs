using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace VirtualSchool.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PupilPremiumPlus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ppp_years",
                columns: table => new
                {
                    financial_year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    rate_pence = table.Column<long>(type: "bigint", nullable: false),
                    retained_per_child_pence = table.Column<long>(type: "bigint", nullable: false),
                    default_pupil_budget_pence = table.Column<long>(type: "bigint", nullable: false),
                    eligible_pupils = table.Column<int>(type: "integer", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ppp_years", x => x.financial_year);
                });

            migrationBuilder.CreateTable(
                name: "ppp_balances",
                columns: table => new
                {
                    financial_year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    account = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    pence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ppp_balances", x => new { x.financial_year, x.account });
                    table.CheckConstraint("ck_ppp_balances_not_overdrawn", "pence >= 0 OR account = 'Grant'");
                    table.ForeignKey(
                        name: "FK_ppp_balances_ppp_years_financial_year",
                        column: x => x.financial_year,
                        principalTable: "ppp_years",
                        principalColumn: "financial_year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ppp_postings",
                columns: table => new
                {
                    financial_year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    allocation_id = table.Column<Guid>(type: "uuid", nullable: true),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: true),
                    urn = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    posting = table.Column<string>(type: "jsonb", nullable: false),
                    posted_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    posted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ppp_postings", x => new { x.financial_year, x.number });
                    table.ForeignKey(
                        name: "FK_ppp_postings_ppp_years_financial_year",
                        column: x => x.financial_year,
                        principalTable: "ppp_years",
                        principalColumn: "financial_year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ppp_pupils",
                columns: table => new
                {
                    financial_year = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    pupil_id = table.Column<Guid>(type: "uuid", nullable: false),
                    budget_pence = table.Column<long>(type: "bigint", nullable: false),
                    allocated_pence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ppp_pupils", x => new { x.financial_year, x.pupil_id });
                    table.CheckConstraint("ck_ppp_pupils_not_negative", "allocated_pence >= 0 AND budget_pence >= 0");
                    table.CheckConstraint("ck_ppp_pupils_within_budget", "allocated_pence <= budget_pence");
                    table.ForeignKey(
                        name: "FK_ppp_pupils_ppp_years_financial_year",
                        column: x => x.financial_year,
                        principalTable: "ppp_years",
                        principalColumn: "financial_year",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_ppp_postings_pupil",
                table: "ppp_postings",
                column: "pupil_id");

            migrationBuilder.CreateIndex(
                name: "ix_ppp_postings_urn",
                table: "ppp_postings",
                column: "urn");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ppp_balances");

            migrationBuilder.DropTable(
                name: "ppp_postings");

            migrationBuilder.DropTable(
                name: "ppp_pupils");

            migrationBuilder.DropTable(
                name: "ppp_years");
        }
    }
}
