namespace VirtualSchool.Domain.Peps;

/// <summary>Where a PEP is in its workflow (docs/virtual-school.md §9.5). Completed and Closed are final.</summary>
public enum PepStatus
{
    /// <summary>Being written by the school and the social worker; editable.</summary>
    Draft,

    /// <summary>With the Virtual School for quality assurance; not editable.</summary>
    Submitted,

    /// <summary>Sent back by the Virtual School with a reason; editable, then submitted again.</summary>
    Returned,

    /// <summary>Approved by the Virtual School; read-only.</summary>
    Completed,

    /// <summary>No longer needed (care ended, past Year 13, care taken over, superseded); read-only.</summary>
    Closed,
}
