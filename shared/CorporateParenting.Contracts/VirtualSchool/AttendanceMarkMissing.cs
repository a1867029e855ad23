namespace CorporateParenting.Contracts.VirtualSchool;

/// <summary>No mark arrived for an enrolled pupil's session on a school day by the configured time (docs/virtual-school.md §7). Published once per pupil, day and session.</summary>
/// <param name="Session"><c>AM</c> or <c>PM</c>.</param>
public sealed record AttendanceMarkMissing(
    Guid PupilId,
    bool IsPlacedHere,
    string Urn,
    DateOnly Date,
    string Session,
    DateTimeOffset OccurredAt);
