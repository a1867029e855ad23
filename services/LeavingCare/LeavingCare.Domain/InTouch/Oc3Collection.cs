namespace LeavingCare.Domain.InTouch;

/// <summary>Which part of the care leaver return a young person's birthday in the collection year puts them in (docs/leaving-care.md §7.3).</summary>
public enum Oc3Collection
{
    /// <summary>No birthday from the 17th to the 25th in the year (rule 391 and the 22–25 collection).</summary>
    None,

    /// <summary>The 17th, 18th, 19th, 20th or 21st birthday: IN_TOUCH, ACTIV and ACCOM (rule 391).</summary>
    CareLeavers17To21,

    /// <summary>The 22nd to 25th birthday: IN_TOUCH only, and ACCOM when the young person asked for support (since 2023).</summary>
    InTouch22To25,
}
