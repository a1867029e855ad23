namespace LeavingCare.Api.Options;

/// <summary>
/// <c>LeavingCare:StayingClose</c>: the day s23CZAA (staying close, docs/leaving-care.md §6.2) comes into force. Blank
/// (the default) while it is prospective: assessments can be recorded, and none is owed on the worklist.
/// </summary>
public sealed class StayingCloseOptions
{
    public const string Section = "LeavingCare:StayingClose";

    public DateOnly? InForceFrom { get; set; }
}
