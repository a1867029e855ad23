using Placements.Domain;
using static Placements.UnitTests.Given;

namespace Placements.UnitTests.SocialWorkers;

public sealed class OneSocialWorkerAtATime_Specs
{
    private static readonly DateOnly Born = Date("2015-06-15");
    private static readonly AllocatedSocialWorker Current = new("SW1", "Ann Smith", Date("2025-01-06"), null);

    [Fact]
    public void A_first_allocation_has_no_previous_social_worker_and_begins_with_first_contact()
    {
        var allocated = OneSocialWorkerAtATime.Allocate(Born, null, "SW1", "Ann Smith", Date("2025-01-06"));

        Assert.Equal(new SocialWorkerAllocated("SW1", "Ann Smith", Date("2025-01-06"), null, "FCONTA"), allocated);
    }

    [Fact]
    public void A_first_allocation_keeps_the_reason_the_case_system_gives()
    {
        var allocated = OneSocialWorkerAtATime.Allocate(Born, null, "SW1", "Ann Smith", Date("2025-01-06"), "TSPROC");

        Assert.Equal("TSPROC", allocated.Reason);
    }

    [Fact]
    public void A_new_allocation_names_the_social_worker_it_replaces_and_why_it_began()
    {
        var allocated = OneSocialWorkerAtATime.Allocate(Born, Current, "SW2", "Bo Jones", Date("2025-03-03"), "LEFTRL");

        Assert.Equal(new SocialWorkerAllocated("SW2", "Bo Jones", Date("2025-03-03"), "SW1", "LEFTRL"), allocated);
    }

    [Fact]
    public void A_change_of_social_worker_must_give_its_reason()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => OneSocialWorkerAtATime.Allocate(Born, Current, "SW2", "Bo Jones", Date("2025-03-03")));

        Assert.Equal(
            "reason_for_change is required: Bo Jones takes over from Ann Smith, and the return gives the reason for every change of social worker (SW_REASON, rule SW01bSTG1).",
            refusal.Message);
    }

    [Fact]
    public void After_an_allocation_that_ended_the_next_is_a_first_contact_again()
    {
        var ended = Current with { EndsOn = Date("2025-02-01") };

        var allocated = OneSocialWorkerAtATime.Allocate(Born, ended, "SW2", "Bo Jones", Date("2025-03-03"));

        Assert.Equal("FCONTA", allocated.Reason);
    }

    [Fact]
    public void A_social_worker_cannot_be_allocated_before_the_child_was_born()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => OneSocialWorkerAtATime.Allocate(Born, null, "SW1", "Ann Smith", Date("2015-06-14")));

        Assert.Equal("A social worker cannot be allocated on 2015-06-14, before the child was born.", refusal.Message);
    }

    [Theory]
    [InlineData("2025-01-06")]
    [InlineData("2025-01-05")]
    public void A_new_allocation_starts_after_the_current_one_started(string allocatedOn)
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => OneSocialWorkerAtATime.Allocate(Born, Current, "SW2", "Bo Jones", Date(allocatedOn), "MANAGE"));

        Assert.Equal("Ann Smith was allocated on 2025-01-06; a new allocation must start after that date.", refusal.Message);
    }

    [Fact]
    public void The_current_social_worker_cannot_be_allocated_again()
    {
        var refusal = Assert.Throws<CareRuleViolation>(() => OneSocialWorkerAtATime.Allocate(Born, Current, "SW1", "Ann Smith", Date("2025-03-03"), "MANAGE"));

        Assert.Equal("Ann Smith is already the child's social worker.", refusal.Message);
    }
}
