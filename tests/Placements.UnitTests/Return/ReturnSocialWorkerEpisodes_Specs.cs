using CorporateParenting.Reporting;
using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.Return;

public sealed class ReturnSocialWorkerEpisodes_Specs
{
    private static readonly CollectionYear Year2025To26 = new(2026);

    private static IReadOnlyList<SocialWorkerEpisode> In(SocialWorkerAllocation[] allocations, params (string Start, string? End)[] periods) =>
        ReturnSocialWorkerEpisodes.In(allocations, periods.Select(p => (Date(p.Start), p.End is null ? (DateOnly?)null : Date(p.End))), Year2025To26);

    [Fact]
    public void Each_allocation_in_the_year_is_a_row_with_the_reason_it_began_and_one_open_on_31_March_has_no_end()
    {
        var rows = In(
            [new(Date("2024-06-01"), Date("2025-09-01"), "SW1", "FCONTA"), new(Date("2025-09-01"), null, "SW2", "LEFTRL")],
            ("2024-06-01", null));

        Assert.Equal(
            [new SocialWorkerEpisode("SW1", Date("2024-06-01"), Date("2025-09-01"), "FCONTA"), new SocialWorkerEpisode("SW2", Date("2025-09-01"), null, "LEFTRL")],
            rows);
    }

    [Fact]
    public void A_worker_allocated_before_the_child_came_into_care_begins_an_episode_on_the_first_day_of_care_for_first_contact()
    {
        var rows = In([new(Date("2023-05-01"), null, "SW1", "MANAGE")], ("2025-07-10", null));

        Assert.Equal([new SocialWorkerEpisode("SW1", Date("2025-07-10"), null, "FCONTA")], rows);
    }

    [Fact]
    public void The_last_episode_stays_open_after_care_ends_and_a_worker_kept_into_a_new_period_begins_again_for_re_referral()
    {
        var rows = In(
            [new(Date("2025-05-01"), null, "SW1", "FCONTA")],
            ("2025-05-01", "2025-08-01"), ("2025-11-15", null));

        Assert.Equal(
            [new SocialWorkerEpisode("SW1", Date("2025-05-01"), Date("2025-11-15"), "FCONTA"), new SocialWorkerEpisode("SW1", Date("2025-11-15"), null, "FCONTA")],
            rows);
    }

    [Fact]
    public void An_allocation_made_while_the_child_was_out_of_care_begins_no_episode_until_a_period_starts()
    {
        var rows = In(
            [
                new(Date("2024-01-01"), Date("2025-03-31"), "SW0", "FCONTA"), // ended the day before the year began
                new(Date("2025-03-31"), Date("2025-06-10"), "SW1", "MANAGE"),
                new(Date("2025-06-10"), Date("2025-09-01"), "SW2", "ABSENC"), // out of care: SW1 stays the child's
                new(Date("2025-09-01"), null, "SW3", "LEFTRL"),               // out of care, and still allocated when care starts again
            ],
            ("2024-01-01", "2025-06-01"), ("2025-10-01", null));

        Assert.Equal(
            [new SocialWorkerEpisode("SW1", Date("2025-03-31"), Date("2025-10-01"), "MANAGE"), new SocialWorkerEpisode("SW3", Date("2025-10-01"), null, "FCONTA")],
            rows);
    }

    [Fact]
    public void Episodes_while_the_child_was_looked_after_only_before_the_year_or_only_after_it_are_not_rows()
    {
        var rows = In(
            [new(Date("2023-01-01"), Date("2026-04-01"), "SW1", "FCONTA"), new(Date("2026-04-01"), null, "SW2", "LEFTRL")],
            ("2023-01-01", "2024-01-01"), ("2026-03-31", null));

        Assert.Equal([new SocialWorkerEpisode("SW1", Date("2026-03-31"), null, "FCONTA")], rows);
    }

    [Fact]
    public void A_period_that_began_on_29_February_is_where_its_first_episode_begins()
    {
        var rows = ReturnSocialWorkerEpisodes.In(
            [new(Date("2023-01-01"), null, "SW1", "ORGRST")], [(Date("2024-02-29"), (DateOnly?)null)], new CollectionYear(2024));

        Assert.Equal([new SocialWorkerEpisode("SW1", Date("2024-02-29"), null, "FCONTA")], rows);
    }
}
