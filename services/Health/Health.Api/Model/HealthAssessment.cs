using Health.Domain;

namespace Health.Api.Model;

/// <summary>A statutory health assessment of a looked-after child, with the deadlines it must meet.</summary>
public sealed class HealthAssessment
{
    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public Guid PeriodOfCareId { get; init; }
    public AssessmentKind Kind { get; init; }
    public AssessmentStatus Status { get; set; }
    public DateOnly LookedAfterSince { get; init; }
    public DateOnly DueOn { get; init; }
    public DateOnly RequestToProviderDueOn { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
}
