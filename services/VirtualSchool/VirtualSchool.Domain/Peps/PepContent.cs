namespace VirtualSchool.Domain.Peps;

/// <summary>
/// What a PEP says (docs/virtual-school.md §9.6): a text for each written section (<see cref="Texts"/>; the service
/// writes <see cref="PepSection.Attendance"/> from the marks it holds), the meeting's date and who attended, and the
/// SMART targets. Texts for <see cref="PepSection.Meeting"/> and <see cref="PepSection.Targets"/> are not used.
/// </summary>
public sealed record PepContent
{
    public IReadOnlyDictionary<PepSection, string?> Texts { get; init; } = new Dictionary<PepSection, string?>();

    public DateOnly? MeetingOn { get; init; }

    public IReadOnlyList<string> Attendees { get; init; } = [];

    public IReadOnlyList<SmartTarget> Targets { get; init; } = [];

    /// <summary>A written section has non-blank text; the meeting has a date and a named attendee; targets, at least one.</summary>
    public bool IsFilled(PepSection section) => section switch
    {
        PepSection.Meeting => MeetingOn is not null && Attendees.Any(a => !string.IsNullOrWhiteSpace(a)),
        PepSection.Targets => Targets.Count > 0,
        _ => Texts.TryGetValue(section, out string? text) && !string.IsNullOrWhiteSpace(text),
    };
}
