namespace LeavingCare.Domain.Status;

/// <summary>
/// A recorded determination that a young person would have been eligible but for being detained or in hospital on their
/// 16th birthday (docs/leaving-care.md §2): episodes cannot show it. Who recorded it, when, and why.
/// </summary>
public sealed record ManualDetermination(string Reason, string RecordedBy, DateOnly RecordedOn);
