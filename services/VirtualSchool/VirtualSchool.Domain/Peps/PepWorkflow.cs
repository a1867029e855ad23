namespace VirtualSchool.Domain.Peps;

/// <summary>
/// The PEP status machine (docs/virtual-school.md §9.5): Draft → Submitted → Completed, or Submitted → Returned (with a
/// reason) → edited → Submitted again; any open PEP may be Closed (§9.4). Completed and Closed are final: every change
/// is refused. Each method returns the status after the move or throws <see cref="VirtualSchoolRuleViolation"/> saying
/// why the move is not allowed.
/// </summary>
public static class PepWorkflow
{
    /// <summary>Draft, Submitted and Returned: the PEP is still due and may be closed.</summary>
    public static bool IsOpen(PepStatus status) => status is PepStatus.Draft or PepStatus.Submitted or PepStatus.Returned;

    /// <summary>Draft and Returned: the school and social worker may change its content.</summary>
    public static bool IsEditable(PepStatus status) => status is PepStatus.Draft or PepStatus.Returned;

    /// <summary>A change to the content (sections, targets, attendees, meeting date): the status stays as it is.</summary>
    public static PepStatus Edit(PepStatus current) => IsEditable(current)
        ? current
        : throw Refused(current, "edited");

    /// <summary>Submits a Draft or Returned PEP once every mandatory section of its form is filled (<see cref="PepSections.Missing"/>).</summary>
    public static PepStatus Submit(PepStatus current, PepForm form, PepContent content, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!IsEditable(current))
        {
            throw Refused(current, "submitted");
        }

        IReadOnlyList<PepSection> missing = PepSections.Missing(form, content);
        if (missing.Count > 0)
        {
            throw new VirtualSchoolRuleViolation(
                $"The PEP cannot be submitted until these sections are filled: {string.Join(", ", missing.Select(PepSections.Title))}.");
        }

        if (content.MeetingOn > today)
        {
            throw new VirtualSchoolRuleViolation(
                $"The PEP meeting is recorded on {Show.Date(content.MeetingOn.Value)}, after today: submit it once the meeting has been held.");
        }

        SmartTarget.Check(content.Targets, content.MeetingOn!.Value);
        return PepStatus.Submitted;
    }

    /// <summary>Sends a Submitted PEP back to its authors; the reason is required.</summary>
    public static PepStatus Return(PepStatus current, string? reason)
    {
        if (current != PepStatus.Submitted)
        {
            throw Refused(current, "returned");
        }

        return string.IsNullOrWhiteSpace(reason)
            ? throw new VirtualSchoolRuleViolation("Say why the PEP is returned: the reason is what its authors will act on.")
            : PepStatus.Returned;
    }

    /// <summary>Approves a Submitted PEP; from then on it is read-only.</summary>
    public static PepStatus Complete(PepStatus current) => current == PepStatus.Submitted
        ? PepStatus.Completed
        : throw Refused(current, "completed");

    /// <summary>A quality assurance rating is given to a Submitted PEP, before it is completed or returned (§9.8).</summary>
    public static PepStatus Assess(PepStatus current) => current == PepStatus.Submitted
        ? current
        : throw Refused(current, "quality assured");

    /// <summary>Closes an open PEP with the reason of <paramref name="decision"/> (§9.4).</summary>
    public static PepStatus Close(PepStatus current, PepCloseDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return IsOpen(current) ? PepStatus.Closed : throw Refused(current, "closed");
    }

    private static VirtualSchoolRuleViolation Refused(PepStatus current, string move) => new(current switch
    {
        PepStatus.Completed => $"A completed PEP is read-only: it cannot be {move}.",
        PepStatus.Closed => $"A closed PEP is read-only: it cannot be {move}.",
        PepStatus.Submitted => $"A submitted PEP is with the Virtual School: it cannot be {move} until it is returned.",
        PepStatus.Draft => $"A draft PEP cannot be {move}: submit it first.",
        PepStatus.Returned => $"A returned PEP cannot be {move}: edit it and submit it again.",
        _ => $"A PEP in status '{current}' cannot be {move}.",
    });
}
