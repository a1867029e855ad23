namespace VirtualSchool.Domain.Peps;

/// <summary>What <see cref="PepSchedule"/> needs to know of a pupil's existing PEP (docs/virtual-school.md §9.3).</summary>
public sealed record PepSummary(
    Guid Id,
    PepOccasion Occasion,
    PepStatus Status,
    DateOnly DueOn,
    DateOnly? CompletedOn = null,
    string? Term = null)
{
    public bool IsOpen => PepWorkflow.IsOpen(Status);
}
