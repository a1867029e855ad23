using VirtualSchool.Domain.PupilPremiumPlus;

namespace VirtualSchool.UnitTests.PupilPremiumPlus;

/// <summary>A 2025-26 ledger and its people: pupils, schools, PEP targets and audit stamps.</summary>
internal static class Ledgers
{
    public static readonly FinancialYear Year2025To26 = new(2025);

    public static readonly Guid Pupil1 = new("00000000-0000-0000-0000-0000000000a1");
    public static readonly Guid Pupil2 = new("00000000-0000-0000-0000-0000000000a2");
    public static readonly Guid Target1 = new("00000000-0000-0000-0000-0000000000f1");
    public static readonly Guid Target2 = new("00000000-0000-0000-0000-0000000000f2");
    public static readonly Guid Allocation1 = new("00000000-0000-0000-0000-0000000000c1");
    public static readonly Guid Allocation2 = new("00000000-0000-0000-0000-0000000000c2");
    public static readonly Guid Allocation3 = new("00000000-0000-0000-0000-0000000000c3");

    public const string SchoolA = "100001";
    public const string SchoolB = "100002";

    public static Money Pounds(decimal pounds) => Money.FromPounds(pounds);

    public static LedgerAudit By(string why, string at = "2025-06-02T10:00:00+01:00") =>
        new("vsh@example.gov.uk", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), why);

    /// <summary>A ledger whose pupils may each have £2,500 (£2,630 less £130 retained), with <paramref name="grant"/> received.</summary>
    public static PupilPremiumPlusLedger WithGrant(decimal grant)
    {
        var ledger = new PupilPremiumPlusLedger(Year2025To26, Pounds(2_500));
        ledger.ReceiveGrant(Pounds(grant), By("Provisional allocation, June"));
        return ledger;
    }

    /// <summary>
    /// 10 children at £2,630 with £130 each retained: £26,300 received, £1,300 retained (£500 spent on training), pupil 1
    /// allocated £1,500 at school A, paid £400, moves to school B (£1,100 reallocated), paid £800 there, leaves care (£300
    /// clawed back).
    /// </summary>
    public static PupilPremiumPlusLedger AYear()
    {
        PupilPremiumPlusLedger ledger = WithGrant(26_300);
        ledger.RetainShare(Pounds(1_300), By("Top-slice: £130 per eligible child"));
        ledger.SpendRetained(Pounds(500), By("Attachment-aware training for designated teachers"));
        ledger.Allocate(Allocation1, Pupil1, SchoolA, [Target1], Pounds(1_500), By("Reading tuition, PEP target 1"));
        ledger.Pay(Allocation1, Pounds(400), By("Autumn release", "2025-10-01T09:00:00+01:00"));
        ledger.Reallocate(Allocation1, Allocation2, SchoolB, [], By("Moved to school B", "2025-11-03T09:00:00Z"));
        ledger.Pay(Allocation2, Pounds(800), By("Spring release", "2026-01-12T09:00:00Z"));
        ledger.ClawBack(Allocation2, By("Left care", "2026-02-02T09:00:00Z"));
        return ledger;
    }
}
