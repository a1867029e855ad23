namespace Placements.Synthetic;

/// <summary>One generated child: the commands in the order to send them, and facts about the child as at AsAt.</summary>
public sealed record SyntheticChild(
    int Index,
    string CaseReference,
    DateOnly DateOfBirth,
    string Sex,
    IReadOnlyList<CaseSystemCommand> Commands,
    ChildFacts Facts);

/// <summary>What the commands amount to at the cohort's AsAt date, so tests can check distributions without a server.</summary>
public sealed record ChildFacts(
    bool IsLookedAfterAtAsAt,
    int AgeAtAsAt,
    int PeriodsOfCare,
    /// <summary>Latest episode's codes (the current ones when looked after at AsAt).</summary>
    string LegalStatus,
    string PlacementType,
    string PlacementProvider,
    string PlacementAuthorityCode,
    bool IsOutOfArea,
    /// <summary>REC of the last period, blank when looked after at AsAt.</summary>
    string ReasonCeased,
    /// <summary>Placements during the 12 months to AsAt, DfE-style: temporary placements and returns to the usual one are not counted.</summary>
    int PlacementsInLast12Months,
    int SocialWorkerAllocations);
