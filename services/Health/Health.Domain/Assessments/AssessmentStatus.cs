namespace Health.Domain;

/// <summary>
/// Due → Requested → Booked → Completed, or closed as Declined, Cancelled or (IHA only) NotRequired.
/// The moves allowed are set out on <see cref="Assessment"/>.
/// </summary>
public enum AssessmentStatus
{
    Due,
    Requested,
    Booked,
    Completed,
    Declined,
    Cancelled,

    /// <summary>IHA only: the child had a health assessment in the 3 months before becoming looked after (CPPCR reg 7).</summary>
    NotRequired,
}
