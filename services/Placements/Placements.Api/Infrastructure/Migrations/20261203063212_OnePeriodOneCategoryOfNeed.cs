using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Placements.Api.Infrastructure.Migrations
{
    /// <summary>
    /// A period of care keeps the category of need it began with (rule 504, docs/ssda903.md §2). Histories are replayed
    /// through the rules when read, so an episode stored before with a category of its own takes its period's first.
    /// </summary>
    public partial class OnePeriodOneCategoryOfNeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                UPDATE episodes AS e SET category_of_need = first.category_of_need
                FROM (SELECT DISTINCT ON (period_of_care_id) period_of_care_id, category_of_need
                      FROM episodes ORDER BY period_of_care_id, starts_on, sequence) AS first
                WHERE e.period_of_care_id = first.period_of_care_id AND e.category_of_need <> first.category_of_need;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The categories replaced are not kept: there is nothing to put back.
        }
    }
}
