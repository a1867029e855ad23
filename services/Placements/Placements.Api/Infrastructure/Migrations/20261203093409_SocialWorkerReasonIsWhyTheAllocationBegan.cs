using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <summary>
    /// SW_REASON is why an allocation began, not why it ended: each allocation takes the reason its predecessor held, and a
    /// child's first allocation is "first contact" (FCONTA).
    /// </summary>
    public partial class SocialWorkerReasonIsWhyTheAllocationBegan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "reason",
                table: "social_worker_allocations",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE social_worker_allocations a
                SET reason = CASE WHEN ordered.previous_id IS NULL THEN 'FCONTA' ELSE ordered.previous_end_reason END
                FROM (
                    SELECT id,
                           lag(id) OVER (PARTITION BY child_id ORDER BY starts_on) AS previous_id,
                           lag(end_reason) OVER (PARTITION BY child_id ORDER BY starts_on) AS previous_end_reason
                    FROM social_worker_allocations
                ) ordered
                WHERE ordered.id = a.id;
                """);

            migrationBuilder.DropColumn(
                name: "end_reason",
                table: "social_worker_allocations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "end_reason",
                table: "social_worker_allocations",
                type: "character varying(6)",
                maxLength: 6,
                nullable: true);

            migrationBuilder.Sql("""
                UPDATE social_worker_allocations a
                SET end_reason = ordered.next_reason
                FROM (
                    SELECT id, lead(reason) OVER (PARTITION BY child_id ORDER BY starts_on) AS next_reason
                    FROM social_worker_allocations
                ) ordered
                WHERE ordered.id = a.id;
                """);

            migrationBuilder.DropColumn(
                name: "reason",
                table: "social_worker_allocations");
        }
    }
}
