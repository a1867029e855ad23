using VirtualSchool.Domain.PupilPremiumPlus;
using static VirtualSchool.UnitTests.Given;
using static VirtualSchool.UnitTests.PupilPremiumPlus.Ledgers;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

public sealed class PupilPremiumPlusReports_Specs
{
    /// <summary><see cref="Ledgers.AYear"/>, and pupil 2 allocated £700 at school A against target 2, nothing paid.</summary>
    private static PupilPremiumPlusLedger AYearWithMentoring()
    {
        PupilPremiumPlusLedger ledger = Ledgers.AYear();
        ledger.Allocate(Allocation3, Pupil2, SchoolA, [Target2], Pounds(700), By("Mentoring"));
        return ledger;
    }

    [Fact]
    public void Per_school_allocated_paid_outstanding_and_the_targets()
    {
        IReadOnlyList<SchoolStatement> schools = PupilPremiumPlusReports.BySchool(AYearWithMentoring().Postings);

        Assert.Equal(2, schools.Count);
        SchoolStatement a = schools[0], b = schools[1];
        Assert.Equal((SchoolA, Pounds(1_100), Pounds(400), Pounds(700)), (a.Urn, a.Allocated, a.Paid, a.Outstanding));
        Assert.Equal([Pupil1, Pupil2], a.PupilIds);
        Assert.Equal([Target1, Target2], a.TargetIds);
        Assert.Equal((SchoolB, Pounds(800), Pounds(800), Money.Zero), (b.Urn, b.Allocated, b.Paid, b.Outstanding));
        Assert.Equal([Target1], b.TargetIds);
    }

    [Fact]
    public void Per_pupil_budget_allocated_paid_outstanding_remaining()
    {
        IReadOnlyList<PupilStatement> pupils = PupilPremiumPlusReports.ByPupil(AYearWithMentoring().Postings, Pounds(2_500));

        PupilStatement one = pupils.Single(p => p.PupilId == Pupil1);
        Assert.Equal((Pounds(2_500), Pounds(1_200), Pounds(1_200), Money.Zero, Pounds(1_300)), (one.Budget, one.Allocated, one.Paid, one.Outstanding, one.Remaining));
        Assert.Equal([SchoolA, SchoolB], one.Urns);
        Assert.Equal([Target1], one.TargetIds);
        PupilStatement two = pupils.Single(p => p.PupilId == Pupil2);
        Assert.Equal((Pounds(700), Money.Zero, Pounds(700), Pounds(1_800)), (two.Allocated, two.Paid, two.Outstanding, two.Remaining));
    }

    [Fact]
    public void The_pupil_report_agrees_with_the_ledger_and_shows_a_raised_budget()
    {
        PupilPremiumPlusLedger ledger = AYearWithMentoring();
        ledger.SetPupilBudget(Pupil2, Pounds(3_000), By("Raised"));

        foreach (PupilStatement pupil in PupilPremiumPlusReports.ByPupil(ledger.Postings, ledger.DefaultPupilBudget))
        {
            Assert.Equal(ledger.BudgetOf(pupil.PupilId), pupil.Budget);
            Assert.Equal(ledger.AllocatedTo(pupil.PupilId), pupil.Allocated);
            Assert.Equal(ledger.RemainingFor(pupil.PupilId), pupil.Remaining);
        }
    }

    [Fact]
    public void Year_totals_before_the_year_end()
    {
        YearStatement totals = PupilPremiumPlusReports.YearTotals(AYearWithMentoring().Postings);

        Assert.Equal(
            new YearStatement(
                Grant: Pounds(26_300), Retained: Pounds(1_300), RetainedSpent: Pounds(500), Allocated: Pounds(2_200),
                ClawedBack: Pounds(300), Paid: Pounds(1_200), Unallocated: Pounds(23_100), Outstanding: Pounds(700),
                RetainedUnspent: Pounds(800), ReturnedToDfE: Money.Zero),
            totals);
        Assert.Equal(Pounds(24_600), totals.Unspent);
        Assert.Equal(totals.Grant, totals.RetainedSpent + totals.Paid + totals.Unspent);
    }

    [Fact]
    public void Year_totals_after_the_year_end_show_what_went_back_to_dfe()
    {
        PupilPremiumPlusLedger ledger = AYearWithMentoring();
        ledger.CloseYear(By("Year end", "2026-03-31T17:00:00+01:00"));

        YearStatement totals = PupilPremiumPlusReports.YearTotals(ledger.Postings);
        AllocationStatement mentoring = PupilPremiumPlusReports.ByAllocation(ledger.Postings).Single(s => s.Allocation.Id == Allocation3);

        Assert.Equal(Pounds(24_600), totals.ReturnedToDfE);
        Assert.Equal((Money.Zero, Money.Zero, Money.Zero), (totals.Unallocated, totals.Outstanding, totals.RetainedUnspent));
        Assert.Equal(Pounds(24_600), totals.Unspent);
        Assert.Equal((Pounds(700), Pounds(700), Money.Zero), (mentoring.Allocated, mentoring.ReturnedToDfE, mentoring.Outstanding));
    }

    [Fact]
    public void What_a_pupil_was_paid_in_a_term_across_schools()
    {
        IReadOnlyList<LedgerPosting> postings = AYearWithMentoring().Postings;

        Assert.Equal(Pounds(400), PupilPremiumPlusReports.PaidToPupilBetween(postings, Pupil1, Date("2025-09-03"), Date("2025-12-19")));
        Assert.Equal(Pounds(800), PupilPremiumPlusReports.PaidToPupilBetween(postings, Pupil1, Date("2026-01-05"), Date("2026-03-27")));
        Assert.Equal(Pounds(1_200), PupilPremiumPlusReports.PaidToPupilBetween(postings, Pupil1, Date("2025-04-01"), Date("2026-03-31")));
        Assert.Equal(Money.Zero, PupilPremiumPlusReports.PaidToPupilBetween(postings, Pupil2, Date("2025-04-01"), Date("2026-03-31")));
    }
}
