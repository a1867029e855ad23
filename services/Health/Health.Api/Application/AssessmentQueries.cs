using Health.Domain;

namespace Health.Api.Application;

public static class AssessmentQueries
{
    /// <summary>The statuses of an assessment still waiting for its outcome: what worklists and the sweep look at.</summary>
    public static readonly AssessmentStatus[] OpenStatuses = [AssessmentStatus.Due, AssessmentStatus.Requested, AssessmentStatus.Booked];
}
