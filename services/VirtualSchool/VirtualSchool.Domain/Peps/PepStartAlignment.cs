namespace VirtualSchool.Domain.Peps;

/// <summary>Which day, from the birthday of <see cref="PepScopeOptions.StartAge"/>, a child's PEPs start (docs/virtual-school.md §9.2).</summary>
public enum PepStartAlignment
{
    /// <summary>The birthday itself (the default: Somerset's "from age 3").</summary>
    Birthday,

    /// <summary>The next 1 January, 1 April or 1 September on or after the birthday, when funded early education usually begins (unconfirmed).</summary>
    FundingTerm,

    /// <summary>1 September of the school year containing the birthday.</summary>
    SchoolYear,
}
