namespace VirtualSchool.Domain.Peps;

/// <summary>
/// A PEP's dates as timeliness reads them (docs/virtual-school.md §9.7): due, completed (null while not), and closed
/// without completion (null while not).
/// </summary>
public sealed record PepDueRecord(DateOnly DueOn, DateOnly? CompletedOn, DateOnly? ClosedOn = null)
{
    /// <summary>
    /// Overdue on <paramref name="day"/>: after the due date (the due date itself is on time), and neither completed nor
    /// closed by that day. The service publishes <c>PepOverdue</c> once, the first day this is true.
    /// </summary>
    public bool IsOverdueOn(DateOnly day) =>
        day > DueOn && !(CompletedOn <= day) && !(ClosedOn <= day);

    /// <summary>Completed on or before its due date.</summary>
    public bool WasOnTime => CompletedOn <= DueOn;

    /// <summary>Closed without being completed on or before its due date: it stopped being due before it could be late.</summary>
    public bool ClosedBeforeDue => CompletedOn is null && ClosedOn <= DueOn;
}
