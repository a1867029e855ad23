namespace VirtualSchool.Domain.Peps;

/// <summary>Why an open PEP was closed (docs/virtual-school.md §9.4 and §9.3).</summary>
public enum PepCloseReason
{
    /// <summary>The child stopped being looked after (any SSDA903 reason ceased but E3 and X1).</summary>
    LeftCare,

    /// <summary>The young person passed the end of Year 13 (31 August of the school year in which they turned 18).</summary>
    PastEndOfYear13,

    /// <summary>Care was taken over by another UK local authority (SSDA903 reason ceased E3); its Virtual School takes the PEP on.</summary>
    CareTakenOverByAnotherAuthority,

    /// <summary>A newer event called for a new PEP in its place (§9.3).</summary>
    Superseded,
}
