namespace LeavingCare.Domain.InTouch;

/// <summary>How an OC3 ACTIV code counts for education, employment and training (docs/leaving-care.md §7.2).</summary>
public enum ActivityGroup
{
    /// <summary>ACTIV "0": not in touch, died or returned home, so no activity is known.</summary>
    NotKnown,

    /// <summary>Any F* or P* code: full- or part-time higher or other education, apprenticeship, training or employment.</summary>
    InEducationEmploymentOrTraining,

    /// <summary>G4, G5 and G6: not in education, employment or training (NEET).</summary>
    NotInEducationEmploymentOrTraining,
}
