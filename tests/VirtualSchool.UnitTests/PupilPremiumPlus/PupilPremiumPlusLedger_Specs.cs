using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;
using static VirtualSchool.UnitTests.PupilPremiumPlus.Ledgers;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class PupilPremiumPlusLedger_Specs
{
    [Fact]
    public void The_grant_goes_into_the_pot_from_the_dfe_account()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);

        LedgerPosting posting = Assert.Single(ledger.Postings);
        Assert.Equal(1, posting.Number);
        Assert.Equal(PostingKind.GrantReceived, posting.Kind);
        Assert.Equal(
            [PostingLine.DebitTo(LedgerAccount.Unallocated, Pounds(26_300)), PostingLine.CreditTo(LedgerAccount.Grant, Pounds(26_300))],
            posting.Lines);
        Assert.Equal(Pounds(26_300), ledger.Unallocated);
        Assert.Equal(Pounds(-26_300), ledger.BalanceOf(LedgerAccount.Grant));
        Assert.Equal("vsh@example.gov.uk", posting.Audit.By);
    }

    [Fact]
    public void Balances_after_a_year_of_movements()
    {
        PupilPremiumPlusLedger ledger = AYear();

        Assert.Equal(Pounds(23_800), ledger.Unallocated);
        Assert.Equal(Pounds(800), ledger.BalanceOf(LedgerAccount.Retained));
        Assert.Equal(Pounds(500), ledger.BalanceOf(LedgerAccount.RetainedSpent));
        Assert.Equal(Money.Zero, ledger.OutstandingOn(Allocation1));
        Assert.Equal(Pounds(400), ledger.PaidOn(Allocation1));
        Assert.Equal(Money.Zero, ledger.OutstandingOn(Allocation2));
        Assert.Equal(Pounds(800), ledger.PaidOn(Allocation2));
        Assert.Equal(Pounds(1_200), ledger.AllocatedTo(Pupil1));
        Assert.Equal(Pounds(1_300), ledger.RemainingFor(Pupil1));
        Assert.Equal(Money.Zero, ledger.Balances.Values.Aggregate(Money.Zero, (sum, b) => sum + b));
        Assert.All(ledger.Postings, p => Assert.True(p.IsBalanced));
    }

    [Fact]
    public void An_allocation_cannot_take_the_pot_below_zero()
    {
        PupilPremiumPlusLedger ledger = WithGrant(1_000);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(600), By("Tuition"));

        var refusal = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            ledger.Allocate(Allocation2, Pupil2, SchoolA, [Target2], Pounds(500), By("Tuition")));

        Assert.Equal(
            "The 2025-26 PP+ pot has £400 unallocated; £500 would take it below zero. Claw back unpaid allocations or wait for more grant.",
            refusal.Message);
        Assert.Equal(2, ledger.Postings.Count);
        ledger.Allocate(Allocation2, Pupil2, SchoolA, [Target2], Pounds(400), By("Tuition"));
        Assert.Equal(Money.Zero, ledger.Unallocated);
    }

    [Fact]
    public void A_pupil_is_allocated_at_most_their_budget_across_schools()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(1_500), By("Tuition"));

        var refusal = Assert.Throws<VirtualSchoolRuleViolation>(() =>
            ledger.Allocate(Allocation2, Pupil1, SchoolB, [Target2], Pounds(1_000.01m), By("Mentoring")));

        Assert.Equal(
            "The pupil has £1,000 of their £2,500 PP+ budget left in 2025-26; £1,000.01 cannot be allocated. Allocate less, or raise the pupil's budget.",
            refusal.Message);
        ledger.Allocate(Allocation2, Pupil1, SchoolB, [Target2], Pounds(1_000), By("Mentoring"));
        Assert.Equal(Money.Zero, ledger.RemainingFor(Pupil1));
    }

    [Fact]
    public void The_vsh_may_raise_a_pupils_budget_and_lower_it_no_further_than_what_is_allocated()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(2_500), By("Tuition"));

        LedgerPosting raised = ledger.SetPupilBudget(Pupil1, Pounds(3_000), By("Specialist assessment named in the PEP"));
        ledger.Allocate(Allocation2, Pupil1, SchoolA, [Target2], Pounds(500), By("Assessment"));

        Assert.Empty(raised.Lines);
        Assert.Equal(new PupilBudget(Pupil1, Pounds(3_000)), raised.PupilBudget);
        Assert.Equal(Pounds(3_000), ledger.BudgetOf(Pupil1));
        Assert.Equal(Pounds(2_500), ledger.BudgetOf(Pupil2));
        Assert.Equal(
            "The pupil has already been allocated £3,000 in 2025-26: their budget cannot be set below that (£2,999). Claw back an allocation first.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.SetPupilBudget(Pupil1, Pounds(2_999), By("Lower"))).Message);
        ledger.SetPupilBudget(Pupil2, Pounds(1_000), By("Needs met elsewhere"));
        Assert.Equal(Pounds(1_000), ledger.RemainingFor(Pupil2));
    }

    [Fact]
    public void Payments_never_exceed_the_allocation()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(1_500), By("Tuition"));
        ledger.Pay(Allocation1, Pounds(400), By("Autumn"));

        var refusal = Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.Pay(Allocation1, Pounds(1_100.01m), By("Spring")));

        Assert.Equal($"Allocation {Allocation1} has £1,100 left to pay; £1,100.01 would be more than was allocated.", refusal.Message);
        ledger.Pay(Allocation1, Pounds(1_100), By("Spring"));
        Assert.Equal(Money.Zero, ledger.OutstandingOn(Allocation1));
    }

    [Fact]
    public void Retained_money_spent_cannot_exceed_what_was_retained()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.RetainShare(Pounds(1_300), By("Top-slice"));

        Assert.Equal(
            "The retained share has £1,300 unspent in 2025-26; £1,300.01 cannot be spent from it.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.SpendRetained(Pounds(1_300.01m), By("Training"))).Message);
        Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.RetainShare(Pounds(25_000.01m), By("Top-slice")));
    }

    [Fact]
    public void A_move_of_school_reallocates_the_unpaid_part_and_keeps_the_targets()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(1_500), By("Tuition"));
        ledger.Pay(Allocation1, Pounds(400), By("Autumn"));

        LedgerPosting moved = ledger.Reallocate(Allocation1, Allocation2, SchoolB, [], By("Moved school"));

        Assert.Equal(
            [PostingLine.DebitTo(LedgerAccount.AllocatedFor(Allocation2), Pounds(1_100)), PostingLine.CreditTo(LedgerAccount.AllocatedFor(Allocation1), Pounds(1_100))],
            moved.Lines);
        Assert.Equal((Allocation2, Pupil1, SchoolB, (Guid?)Allocation1), (moved.Allocation!.Id, moved.Allocation.PupilId, moved.Allocation.Urn, moved.Allocation.ReallocatedFrom));
        Assert.Equal([Target1], ledger.AllocationOf(Allocation2).TargetIds);
        Assert.Equal(Pounds(1_100), ledger.OutstandingOn(Allocation2));
        Assert.Equal(Pounds(1_500), ledger.AllocatedTo(Pupil1));
        Assert.Equal(Pounds(24_800), ledger.Unallocated);
    }

    [Fact]
    public void A_reallocation_may_name_the_new_schools_targets()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(1_500), By("Tuition"));

        ledger.Reallocate(Allocation1, Allocation2, SchoolB, [Target2], By("Moved school"));

        Assert.Equal([Target2], ledger.AllocationOf(Allocation2).TargetIds);
    }

    [Fact]
    public void Leaving_care_claws_back_the_unpaid_part_into_the_pot()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(1_500), By("Tuition"));
        ledger.Pay(Allocation1, Pounds(400), By("Autumn"));

        LedgerPosting clawBack = ledger.ClawBack(Allocation1, By("Left care"));

        Assert.Equal(
            [PostingLine.DebitTo(LedgerAccount.Unallocated, Pounds(1_100)), PostingLine.CreditTo(LedgerAccount.AllocatedFor(Allocation1), Pounds(1_100))],
            clawBack.Lines);
        Assert.Equal(Pounds(25_900), ledger.Unallocated);
        Assert.Equal(Pounds(400), ledger.AllocatedTo(Pupil1));
        Assert.Equal(Pounds(2_100), ledger.RemainingFor(Pupil1));
        Assert.Equal(
            $"Allocation {Allocation1} has been paid in full: there is nothing unpaid to claw back.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.ClawBack(Allocation1, By("Again"))).Message);
        Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.Reallocate(Allocation1, Allocation2, SchoolB, [], By("Moved")));
    }

    [Fact]
    public void The_year_end_returns_everything_unspent_to_dfe_and_closes_the_ledger()
    {
        PupilPremiumPlusLedger ledger = AYear();
        ledger.Allocate(Allocation3, Pupil2, SchoolA, [Target2], Pounds(700), By("Tuition"));

        LedgerPosting yearEnd = ledger.CloseYear(By("Year end", "2026-03-31T17:00:00+01:00"));

        Assert.Equal(PostingKind.YearEndReturn, yearEnd.Kind);
        Assert.Equal(
            [
                PostingLine.DebitTo(LedgerAccount.ReturnedToDfE, Pounds(24_600)),
                PostingLine.CreditTo(LedgerAccount.Retained, Pounds(800)),
                PostingLine.CreditTo(LedgerAccount.Unallocated, Pounds(23_100)),
                PostingLine.CreditTo(LedgerAccount.AllocatedFor(Allocation3), Pounds(700)),
            ],
            yearEnd.Lines);
        Assert.True(ledger.IsClosed);
        Assert.Equal(Money.Zero, ledger.Unallocated);
        Assert.Equal(
            "The 2025-26 PP+ ledger is closed: the year-end return to DfE has been recorded.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.ReceiveGrant(Pounds(1), By("Late"))).Message);
    }

    [Fact]
    public void A_year_with_nothing_unspent_still_closes()
    {
        PupilPremiumPlusLedger ledger = WithGrant(2_500);
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(2_500), By("Tuition"));
        ledger.Pay(Allocation1, Pounds(2_500), By("Paid"));

        Assert.Empty(ledger.CloseYear(By("Year end")).Lines);
        Assert.True(ledger.IsClosed);
    }

    [Fact]
    public void An_allocation_must_name_a_pep_target_a_school_and_a_new_id()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);

        Assert.Equal(
            "PP+ follows the needs the PEP names: link the allocation to at least one PEP target.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.Allocate(Allocation1, Pupil1, SchoolA, [], Pounds(100), By("x"))).Message);
        Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.Allocate(Allocation1, Pupil1, " ", [Target1], Pounds(100), By("x")));
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(100), By("x"));
        Assert.Equal(
            $"There is already a PP+ allocation {Allocation1} in 2025-26.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.Allocate(Allocation1, Pupil2, SchoolA, [Target2], Pounds(100), By("x"))).Message);
        Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.Reallocate(Allocation1, Allocation2, SchoolA, [], By("Same school")));
        Assert.Equal(2, ledger.Postings.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void Amounts_must_be_above_zero(decimal pounds)
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);

        Assert.Equal(
            $"An allocation must be more than £0 (asked: {Pounds(pounds)}).",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(pounds), By("x"))).Message);
        Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.ReceiveGrant(Pounds(pounds), By("x")));
    }

    [Fact]
    public void Every_movement_says_who_and_why()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);

        Assert.Equal(
            "Every PP+ movement records who made it and why: give both.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.RetainShare(Pounds(100), By(" "))).Message);
        Assert.Throws<VirtualSchoolRuleViolation>(() => ledger.RetainShare(Pounds(100), By("Top-slice") with { By = "" }));
    }

    [Fact]
    public void Paying_an_unknown_allocation_is_refused() =>
        Assert.Equal(
            $"There is no PP+ allocation {Allocation3} in 2025-26.",
            Assert.Throws<VirtualSchoolRuleViolation>(() => WithGrant(100).Pay(Allocation3, Pounds(1), By("x"))).Message);

    [Fact]
    public void Replaying_the_postings_gives_the_same_ledger()
    {
        PupilPremiumPlusLedger ledger = AYear();
        ledger.SetPupilBudget(Pupil2, Pounds(3_000), By("Raised"));
        ledger.CloseYear(By("Year end"));

        var replayed = PupilPremiumPlusLedger.Replay(Year2025To26, Pounds(2_500), ledger.Postings);

        Assert.Equal(ledger.Postings, replayed.Postings);
        Assert.Equal(ledger.Balances.OrderBy(b => b.Key.ToString()), replayed.Balances.OrderBy(b => b.Key.ToString()));
        Assert.Equal(Pounds(3_000), replayed.BudgetOf(Pupil2));
        Assert.True(replayed.IsClosed);
    }

    [Fact]
    public void A_stored_posting_that_breaks_a_rule_cannot_be_replayed()
    {
        PupilPremiumPlusLedger ledger = WithGrant(1_000);
        LedgerPosting allocation = ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(1_000), By("Tuition"));
        LedgerPosting tooMuch = allocation with
        {
            Lines = [PostingLine.DebitTo(LedgerAccount.AllocatedFor(Allocation1), Pounds(1_001)), PostingLine.CreditTo(LedgerAccount.Unallocated, Pounds(1_001))],
        };
        LedgerPosting unbalanced = allocation with
        {
            Lines = [PostingLine.DebitTo(LedgerAccount.AllocatedFor(Allocation1), Pounds(1_000)), PostingLine.CreditTo(LedgerAccount.Unallocated, Pounds(999))],
        };

        Assert.Contains("below zero", Assert.Throws<InvalidOperationException>(() => PupilPremiumPlusLedger.Replay(Year2025To26, Pounds(2_500), [ledger.Postings[0], tooMuch])).Message);
        Assert.Contains("must equal its credits", Assert.Throws<InvalidOperationException>(() => PupilPremiumPlusLedger.Replay(Year2025To26, Pounds(2_500), [ledger.Postings[0], unbalanced])).Message);
        Assert.Contains("out of sequence", Assert.Throws<InvalidOperationException>(() => PupilPremiumPlusLedger.Replay(Year2025To26, Pounds(2_500), [allocation])).Message);
    }

    [Fact]
    public void A_stored_posting_whose_lines_do_not_fit_its_kind_cannot_be_replayed()
    {
        PupilPremiumPlusLedger ledger = WithGrant(1_000);
        LedgerPosting grant = ledger.Postings[0];
        LedgerPosting disguised = grant with { Kind = PostingKind.Payment };

        Assert.Contains("does not have the shape of one", Assert.Throws<InvalidOperationException>(() => PupilPremiumPlusLedger.Replay(Year2025To26, Pounds(2_500), [disguised])).Message);
    }
}
