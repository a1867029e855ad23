using Health.Domain;

namespace Health.Api.Infrastructure.Rows;

/// <summary>
/// A health assessment or check of a child, as stored: its deadlines, its current state for the worklist, and the
/// history of what was recorded (<see cref="Events"/>), from which <see cref="Assessment"/> is rebuilt for each change.
/// </summary>
public sealed class HealthAssessmentRow
{
    /// <summary>The statuses of an assessment still waiting for its outcome: what worklists and the sweep look at.</summary>
    public static readonly AssessmentStatus[] OpenStatuses = [AssessmentStatus.Due, AssessmentStatus.Requested, AssessmentStatus.Booked];

    public Guid Id { get; init; }
    public Guid ChildId { get; init; }
    public Guid? PeriodOfCareId { get; init; }
    public AssessmentKind Kind { get; init; }
    public AssessmentStatus Status { get; set; }
    public DateOnly LookedAfterSince { get; init; }
    public DateOnly DueOn { get; init; }

    /// <summary>IHA only: when the request to the health provider is due.</summary>
    public DateOnly? RequestToProviderDueOn { get; init; }

    public DateOnly? AppointmentOn { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }

    /// <summary>Immunisations checks only: whether they were up to date that day.</summary>
    public bool? ImmunisationsUpToDate { get; set; }

    /// <summary>When <c>HealthAssessmentOverdue</c> was published; set once, by whichever instance's sweep got there first.</summary>
    public DateTimeOffset? OverduePublishedAt { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
    public List<AssessmentEventRow> Events { get; init; } = [];

    public bool IsOpen => Status is AssessmentStatus.Due or AssessmentStatus.Requested or AssessmentStatus.Booked;
}
