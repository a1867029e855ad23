using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Notifications.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AcknowledgementsEmailLinksAndOtherRecipients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "end_notice_acknowledged_at",
                table: "outbound_notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_notice_acknowledged_by",
                table: "outbound_notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "end_notice_acknowledged_via",
                table: "outbound_notifications",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "other_recipients",
                table: "outbound_notifications",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'[]'::jsonb");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "placement_notice_acknowledged_at",
                table: "outbound_notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "placement_notice_acknowledged_by",
                table: "outbound_notifications",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "placement_notice_acknowledged_via",
                table: "outbound_notifications",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "acknowledgement_links",
                columns: table => new
                {
                    token_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    notification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    notice = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    delivery_id = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_acknowledgement_links", x => x.token_hash);
                    table.ForeignKey(
                        name: "FK_acknowledgement_links_deliveries_delivery_id",
                        column: x => x.delivery_id,
                        principalTable: "deliveries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_acknowledgement_links_outbound_notifications_notification_id",
                        column: x => x.notification_id,
                        principalTable: "outbound_notifications",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_acknowledgement_links_delivery_id",
                table: "acknowledgement_links",
                column: "delivery_id");

            migrationBuilder.CreateIndex(
                name: "ix_acknowledgement_links_notification",
                table: "acknowledgement_links",
                column: "notification_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "acknowledgement_links");

            migrationBuilder.DropColumn(
                name: "end_notice_acknowledged_at",
                table: "outbound_notifications");

            migrationBuilder.DropColumn(
                name: "end_notice_acknowledged_by",
                table: "outbound_notifications");

            migrationBuilder.DropColumn(
                name: "end_notice_acknowledged_via",
                table: "outbound_notifications");

            migrationBuilder.DropColumn(
                name: "other_recipients",
                table: "outbound_notifications");

            migrationBuilder.DropColumn(
                name: "placement_notice_acknowledged_at",
                table: "outbound_notifications");

            migrationBuilder.DropColumn(
                name: "placement_notice_acknowledged_by",
                table: "outbound_notifications");

            migrationBuilder.DropColumn(
                name: "placement_notice_acknowledged_via",
                table: "outbound_notifications");
        }
    }
}
