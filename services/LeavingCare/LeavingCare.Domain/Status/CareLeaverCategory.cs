namespace LeavingCare.Domain.Status;

/// <summary>The care leaver categories of docs/leaving-care.md §1, and None for everyone else on the day.</summary>
public enum CareLeaverCategory
{
    /// <summary>Not a care leaver on the day: never looked after since 16, still looked after but not yet eligible, adopted, or too young.</summary>
    None,

    /// <summary>16–17, still looked after, and meets the 13-week test (CA 1989 Sch 2 para 19B; CPPCR reg 40).</summary>
    Eligible,

    /// <summary>16–17, no longer looked after, and was eligible (CA 1989 s23A), or detained or in hospital on the 16th birthday.</summary>
    Relevant,

    /// <summary>18 or over and was eligible or relevant (CA 1989 s23C).</summary>
    FormerRelevant,

    /// <summary>16–25, looked after on or after the 16th birthday without the 13 weeks since 14 (CA 1989 s24).</summary>
    Qualifying,
}
