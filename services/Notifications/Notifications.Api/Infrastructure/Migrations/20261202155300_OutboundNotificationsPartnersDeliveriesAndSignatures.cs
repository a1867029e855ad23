using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Notifications.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class OutboundNotificationsPartnersDeliveriesAndSignatures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ended_on",
                table: "inbound_notifications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "last_health_assessment_on",
                table: "inbound_notifications",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "review_health_assessments_requested",
                table: "inbound_notifications",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "state",
                table: "inbound_notifications",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "placed");

            migrationBuilder.AddColumn<string>(
                name: "withdrawn_because",
                table: "inbound_notifications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "outbound_notifications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    child_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_of_care_id = table.Column<Guid>(type: "uuid", nullable: true),
                    given_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    family_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    date_of_birth = table.Column<DateOnly>(type: "date", nullable: false),
                    host_authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    placement_type = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    placement_provider = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    placement_postcode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    legal_status = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    is_emergency = table.Column<bool>(type: "boolean", nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    approved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    approver_role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    withdrawn_because = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    placement_notice_due = table.Column<DateOnly>(type: "date", nullable: false),
                    placement_notice_sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_intended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    ended_on = table.Column<DateOnly>(type: "date", nullable: true),
                    end_notice_due = table.Column<DateOnly>(type: "date", nullable: true),
                    end_notice_sent_on = table.Column<DateOnly>(type: "date", nullable: true),
                    content = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbound_notifications", x => x.id);
                    table.CheckConstraint("ck_outbound_notifications_state", "state IN ('intent', 'placed', 'ended', 'withdrawn')");
                });

            migrationBuilder.CreateTable(
                name: "partner_directory",
                columns: table => new
                {
                    authority_code = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    webhook_url = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    webhook_secret = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    secret_set_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    inbox_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    virtual_school_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    health_team_email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_partner_directory", x => x.authority_code);
                    table.CheckConstraint("ck_partner_directory_channel", "(channel = 'webhook' AND webhook_url IS NOT NULL AND webhook_secret IS NOT NULL) OR (channel = 'email' AND inbox_email IS NOT NULL)");
                });

            migrationBuilder.CreateTable(
                name: "seen_signatures",
                columns: table => new
                {
                    signature = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    keep_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_seen_signatures", x => x.signature);
                });

            migrationBuilder.CreateTable(
                name: "deliveries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    state = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_deliveries", x => x.id);
                    table.CheckConstraint("ck_deliveries_state", "state IN ('pending', 'delivered', 'dead')");
                    table.ForeignKey(
                        name: "FK_deliveries_outbound_notifications_notification_id",
                        column: x => x.notification_id,
                        principalTable: "outbound_notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outbound_notices_overdue",
                columns: table => new
                {
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    announced_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbound_notices_overdue", x => new { x.notification_id, x.notice, x.due_on });
                    table.ForeignKey(
                        name: "FK_outbound_notices_overdue_outbound_notifications_notificatio~",
                        column: x => x.notification_id,
                        principalTable: "outbound_notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "delivery_attempts",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status_code = table.Column<int>(type: "integer", nullable: true),
                    outcome = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_delivery_attempts", x => x.id);
                    table.ForeignKey(
                        name: "FK_delivery_attempts_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_inbound_notifications_state",
                table: "inbound_notifications",
                sql: "state IN ('placed', 'ended', 'withdrawn')");

            migrationBuilder.CreateIndex(
                name: "ix_deliveries_due",
                table: "deliveries",
                column: "next_attempt_at",
                filter: "state = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ux_deliveries_pending",
                table: "deliveries",
                columns: new[] { "notification_id", "notice" },
                unique: true,
                filter: "state = 'pending'");

            migrationBuilder.CreateIndex(
                name: "ix_delivery_attempts_delivery",
                table: "delivery_attempts",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbound_notifications_host",
                table: "outbound_notifications",
                column: "host_authority_code");

            migrationBuilder.CreateIndex(
                name: "ux_outbound_notifications_placement",
                table: "outbound_notifications",
                columns: new[] { "child_id", "starts_on" },
                unique: true,
                filter: "state <> 'withdrawn'");

            migrationBuilder.CreateIndex(
                name: "ix_seen_signatures_keep_until",
                table: "seen_signatures",
                column: "keep_until");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "delivery_attempts");

            migrationBuilder.DropTable(
                name: "outbound_notices_overdue");

            migrationBuilder.DropTable(
                name: "partner_directory");

            migrationBuilder.DropTable(
                name: "seen_signatures");

            migrationBuilder.DropTable(
                name: "deliveries");

            migrationBuilder.DropTable(
                name: "outbound_notifications");

            migrationBuilder.DropCheckConstraint(
                name: "ck_inbound_notifications_state",
                table: "inbound_notifications");

            migrationBuilder.DropColumn(
                name: "ended_on",
                table: "inbound_notifications");

            migrationBuilder.DropColumn(
                name: "last_health_assessment_on",
                table: "inbound_notifications");

            migrationBuilder.DropColumn(
                name: "review_health_assessments_requested",
                table: "inbound_notifications");

            migrationBuilder.DropColumn(
                name: "state",
                table: "inbound_notifications");

            migrationBuilder.DropColumn(
                name: "withdrawn_because",
                table: "inbound_notifications");
        }
    }
}
