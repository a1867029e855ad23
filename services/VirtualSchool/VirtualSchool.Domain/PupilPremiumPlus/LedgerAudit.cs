namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>Who made a ledger movement, when, and why; every posting carries one (docs/virtual-school.md §10.5).</summary>
public sealed record LedgerAudit(string By, DateTimeOffset At, string Why);
