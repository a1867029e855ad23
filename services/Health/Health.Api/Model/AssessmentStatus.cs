namespace Health.Api.Model;

/// <summary>due → requested → booked → completed | declined | cancelled (shared/domain/health.md).</summary>
public enum AssessmentStatus
{
    Due,
    Requested,
    Booked,
    Completed,
    Declined,
    Cancelled,
}
