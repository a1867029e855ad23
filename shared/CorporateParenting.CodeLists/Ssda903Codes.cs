namespace CorporateParenting.CodeLists;

/// <summary>SSDA903 code lists for the 2025-26 collection year (docs/ssda903.md §2).</summary>
public static class Ssda903Codes
{
    public static readonly IReadOnlySet<string> Sex = new HashSet<string> { "M", "F", "U" };

    /// <summary>UN1–UN5: a UPN that is not known, and why.</summary>
    public static readonly IReadOnlySet<string> UnknownUpn = new HashSet<string> { "UN1", "UN2", "UN3", "UN4", "UN5" };

    /// <summary>ETHNIC (LIIA 2024 schema), including REFU (refused) and NOBT (not yet obtained).</summary>
    public static readonly IReadOnlySet<string> Ethnicity = new HashSet<string>
    {
        "WBRI", "WIRI", "WOTH", "WIRT", "WROM", "MWBC", "MWBA", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "AOTH",
        "BCRB", "BAFR", "BOTH", "CHNE", "OOTH", "REFU", "NOBT",
    };

    public static readonly IReadOnlySet<string> LegalStatus = new HashSet<string>
    {
        "C1", "C2", "D1", "E1", "V2", "V3", "V4", "L1", "L2", "L3", "J1", "J2", "J3",
    };

    public static readonly IReadOnlySet<string> CategoryOfNeed = new HashSet<string>
    {
        "N1", "N2", "N3", "N4", "N5", "N6", "N7", "N8",
    };

    public static readonly IReadOnlySet<string> PlacementType = new HashSet<string>
    {
        "A3", "A4", "A5", "A6", "K1", "K2", "K3", "P1", "P3", "R1", "R2", "R3", "R5", "S1",
        "T0", "T1", "T2", "T3", "T4", "U1", "U2", "U3", "U4", "U5", "U6", "Z11", "Z12", "Z13", "Z14",
    };

    /// <summary>
    /// SW_REASON, why a social worker's allocation to the child ended (SWEpisodes, from 2023-24; docs/ssda903.md §2):
    /// MANAGE management decision, FCONTA end of a fixed-term contract, LEFTRL left the role, ORGRST restructure, TSPROC
    /// transfer between teams, ABSENC absence, CHCHAN asked for by the child, PCCHAN by a parent or carer, SWDIED died, OTHERS.
    /// </summary>
    public static readonly IReadOnlySet<string> SocialWorkerChangeReason = new HashSet<string>
    {
        "MANAGE", "FCONTA", "LEFTRL", "ORGRST", "TSPROC", "ABSENC", "CHCHAN", "PCCHAN", "SWDIED", "OTHERS",
    };

    /// <summary>A period of care cannot start with a temporary placement (903 rule 380).</summary>
    public static readonly IReadOnlySet<string> TemporaryPlacement = new HashSet<string> { "T0", "T1", "T2", "T3", "T4" };
}
