namespace VirtualSchool.Domain.Peps;

/// <summary>What a PEP is for: the event or term that made it due (docs/virtual-school.md §9.1).</summary>
public enum PepOccasion
{
    /// <summary>Entry to care: due 20 working days after the child entered care.</summary>
    Initial,

    /// <summary>A change of school (<c>SchoolChanged</c>): due the configured working days after the change.</summary>
    ChangeOfSchool,

    /// <summary>A school term's review: due by the deadline the Virtual School sets for that term.</summary>
    TermlyReview,
}
