namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>How an authority releases PP+ to schools (docs/virtual-school.md §10.6).</summary>
public enum ReleasePolicyKind
{
    /// <summary>Per term, on a request made through a PEP target, in one of the allowed amounts (Warwickshire).</summary>
    PerTermOnRequest,

    /// <summary>Next term's money only once the pupil's latest PEP is rated adequate (the Northamptonshires).</summary>
    AfterAdequatePep,
}
