using System;
using CorporateParenting.Audit;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "audit_records",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    subject = table.Column<string>(type: "text", nullable: false),
                    roles = table.Column<string>(type: "text", nullable: false),
                    authority = table.Column<string>(type: "text", nullable: true),
                    action = table.Column<string>(type: "text", nullable: false),
                    record_kind = table.Column<string>(type: "text", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: true),
                    record_id = table.Column<string>(type: "text", nullable: true),
                    trace_id = table.Column<string>(type: "text", nullable: true),
                    previous_hash = table.Column<string>(type: "text", nullable: false),
                    hash = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "children",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    case_reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    sex = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    upn = table.Column<string>(type: "character varying(13)", maxLength: 13, nullable: true),
                    nhs_number = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    ethnicity = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    home_postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    uasc_since = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_children", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "text", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    message_type = table.Column<string>(type: "text", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    trace_parent = table.Column<string>(type: "text", nullable: true),
                    dispatched_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true),
                    parked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_commands",
                columns: table => new
                {
                    client_request_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    command = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_of_care_id = table.Column<Guid>(type: "uuid", nullable: true),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_processed_commands", x => x.client_request_id);
                });

            migrationBuilder.CreateTable(
                name: "corrections",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_of_care_id = table.Column<Guid>(type: "uuid", nullable: true),
                    field = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    corrected_from = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    corrected_to = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    corrected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_corrections", x => x.id);
                    table.ForeignKey(
                        name: "FK_corrections_children_child_id",
                        column: x => x.child_id,
                        principalTable: "children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "periods_of_care",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    started_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    rec = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true)
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

            migrationBuilder.CreateTable(
                name: "social_worker_allocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    social_worker_id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    social_worker_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_social_worker_allocations", x => x.id);
                    table.ForeignKey(
                        name: "FK_social_worker_allocations_children_child_id",
                        column: x => x.child_id,
                        principalTable: "children",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "ix_audit_records_child_id",
                table: "audit_records",
                columns: new[] { "child_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_audit_records_subject",
                table: "audit_records",
                columns: new[] { "subject", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_children_case_reference",
                table: "children",
                column: "case_reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_corrections_child_id",
                table: "corrections",
                column: "child_id");

            migrationBuilder.CreateIndex(
                name: "IX_episodes_period_of_care_id_sequence",
                table: "episodes",
                columns: new[] { "period_of_care_id", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "occurred_at",
                filter: "dispatched_at IS NULL AND parked_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_periods_of_care_child_id_started_on",
                table: "periods_of_care",
                columns: new[] { "child_id", "started_on" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_social_worker_allocations_child_id_starts_on",
                table: "social_worker_allocations",
                columns: new[] { "child_id", "starts_on" },
                unique: true);

            // audit_records is append-only in the database itself.
            migrationBuilder.CreateAuditTrailGuard();
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropAuditTrailGuard();

            migrationBuilder.DropTable(
                name: "audit_records");

            migrationBuilder.DropTable(
                name: "corrections");

            migrationBuilder.DropTable(
                name: "episodes");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "processed_commands");

            migrationBuilder.DropTable(
                name: "social_worker_allocations");

            migrationBuilder.DropTable(
                name: "periods_of_care");

            migrationBuilder.DropTable(
                name: "children");
        }
    }
}
