namespace Notifications.Domain.Outbound;

/// <summary>
/// What staff add to our own records for a notice to the area authority (docs/out-of-area.md §6): the needs assessment
/// and the reasons this placement is the most suitable, and the care plan (a reference to the copy given), which reg
/// 13(4) requires; then the contacts, school, GP and health, and risks that practice adds.
/// </summary>
public sealed record NoticeContent(
    string? NeedsAssessment = null,
    string? ReasonsForPlacement = null,
    string? CarePlanReference = null,
    string? SocialWorker = null,
    string? IndependentReviewingOfficer = null,
    string? School = null,
    string? GeneralPractitioner = null,
    string? Risks = null)
{
    public static readonly NoticeContent None = new();

    /// <summary>The reg 13(4) items still missing, by field name: a notice of a placement is not sent without them.</summary>
    public IReadOnlyList<string> MissingForPlacementNotice() =>
    [
        .. string.IsNullOrWhiteSpace(NeedsAssessment) ? ["needsAssessment"] : Array.Empty<string>(),
        .. string.IsNullOrWhiteSpace(ReasonsForPlacement) ? ["reasonsForPlacement"] : Array.Empty<string>(),
        .. string.IsNullOrWhiteSpace(CarePlanReference) ? ["carePlanReference"] : Array.Empty<string>(),
    ];
}
