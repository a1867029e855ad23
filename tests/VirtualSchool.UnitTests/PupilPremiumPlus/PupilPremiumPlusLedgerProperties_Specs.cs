using VirtualSchool.Domain;
using VirtualSchool.Domain.PupilPremiumPlus;
using static VirtualSchool.UnitTests.PupilPremiumPlus.Ledgers;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

/// <summary>
/// Random sequences of ledger operations with a fixed seed, many of them refused: after every step the ledger still
/// balances and no rule is broken, a refusal changes nothing, and replaying the postings gives the same ledger.
/// </summary>
public sealed class PupilPremiumPlusLedgerProperties_Specs
{
    private const int Sequences = 300;
    private const int StepsPerSequence = 60;

    private static readonly Guid[] Pupils = [.. Enumerable.Range(1, 5).Select(i => new Guid(i, 0, 0, new byte[8]))];
    private static readonly string[] Schools = ["100001", "100002", "100003"];

    [Fact]
    public void Any_sequence_of_operations_keeps_every_invariant()
    {
        var random = new Random(20250401);
        int recorded = 0, refused = 0;
        for (int sequence = 0; sequence < Sequences; sequence++)
        {
            var ledger = new PupilPremiumPlusLedger(Year2025To26, Pounds(2_500));
            var allocationIds = new List<Guid>();
            for (int step = 0; step < StepsPerSequence; step++)
            {
                int postingsBefore = ledger.Postings.Count;
                var balancesBefore = ledger.Balances.ToDictionary();
                try
                {
                    if (step == StepsPerSequence - 1 && !ledger.IsClosed)
                    {
                        ledger.CloseYear(By("Year end"));
                    }
                    else
                    {
                        Step(ledger, random, allocationIds, step);
                    }

                    Assert.Equal(postingsBefore + 1, ledger.Postings.Count);
                    recorded++;
                }
                catch (VirtualSchoolRuleViolation)
                {
                    Assert.Equal(postingsBefore, ledger.Postings.Count);
                    Assert.Equal(balancesBefore, ledger.Balances.ToDictionary());
                    refused++;
                }

                AssertInvariants(ledger);
            }

            var replayed = PupilPremiumPlusLedger.Replay(Year2025To26, Pounds(2_500), ledger.Postings);
            Assert.Equal(ledger.Balances.ToDictionary(), replayed.Balances.ToDictionary());
        }

        // Both paths were exercised a good deal.
        Assert.True(recorded > Sequences * StepsPerSequence / 4, $"{recorded} recorded");
        Assert.True(refused > Sequences * StepsPerSequence / 10, $"{refused} refused");
    }

    private static void Step(PupilPremiumPlusLedger ledger, Random random, List<Guid> allocationIds, int step)
    {
        LedgerAudit audit = By($"step {step}");
        Guid pupil = Pupils[random.Next(Pupils.Length)];
        string school = Schools[random.Next(Schools.Length)];
        Money amount = new(random.Next(-100, 300_000));
        Guid existing = allocationIds.Count > 0 ? allocationIds[random.Next(allocationIds.Count)] : RandomGuid(random);
        switch (random.Next(100))
        {
            case < 12:
                ledger.ReceiveGrant(amount, audit);
                break;
            case < 18:
                ledger.RetainShare(amount, audit);
                break;
            case < 23:
                ledger.SpendRetained(amount, audit);
                break;
            case < 28:
                ledger.SetPupilBudget(pupil, amount, audit);
                break;
            case < 55:
                Guid id = RandomGuid(random);
                ledger.Allocate(id, pupil, school, random.Next(10) == 0 ? [] : [RandomGuid(random)], amount, audit);
                allocationIds.Add(id);
                break;
            case < 80:
                ledger.Pay(existing, amount, audit);
                break;
            case < 88:
                ledger.ClawBack(existing, audit);
                break;
            case < 98:
                Guid newId = RandomGuid(random);
                ledger.Reallocate(existing, newId, school, [], audit);
                allocationIds.Add(newId);
                break;
            // Rarely close early: most sequences run to the year end at their last step.
            case < 99:
                ledger.CloseYear(audit);
                break;
            default:
                ledger.ReceiveGrant(amount, audit);
                break;
        }
    }

    private static Guid RandomGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static void AssertInvariants(PupilPremiumPlusLedger ledger)
    {
        Assert.All(ledger.Postings, p => Assert.True(p.IsBalanced));
        Assert.Equal(Money.Zero, ledger.Balances.Values.Aggregate(Money.Zero, (sum, b) => sum + b));
        Assert.True(ledger.Unallocated >= Money.Zero);
        Assert.True(ledger.BalanceOf(LedgerAccount.Retained) >= Money.Zero);
        foreach (PupilPremiumPlusAllocation allocation in ledger.Allocations)
        {
            Assert.True(ledger.OutstandingOn(allocation.Id) >= Money.Zero);
        }

        foreach (Guid pupil in Pupils)
        {
            Assert.True(ledger.RemainingFor(pupil) >= Money.Zero);
        }

        YearStatement totals = PupilPremiumPlusReports.YearTotals(ledger.Postings);
        Assert.Equal(totals.Grant, totals.RetainedSpent + totals.Paid + totals.Unspent);
        Assert.Equal(-ledger.BalanceOf(LedgerAccount.Grant), totals.Grant);
        Assert.All(PupilPremiumPlusReports.ByAllocation(ledger.Postings), s =>
        {
            Assert.True(s.Paid <= s.Allocated);
            Assert.True(s.Outstanding >= Money.Zero);
            Assert.Equal(ledger.OutstandingOn(s.Allocation.Id), s.Outstanding);
        });
    }
}
