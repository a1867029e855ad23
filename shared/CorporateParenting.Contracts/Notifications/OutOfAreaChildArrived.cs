namespace CorporateParenting.Contracts.Notifications;

/// <summary>
/// Another authority placed one of its looked-after children in our area (docs/out-of-area.md §7, "Placed"), as its
/// notification told us. Carries what our teams need to act without calling back: the child, the placement, the state
/// of the child's health assessments and whether the placing authority asks our health team to do the reviews.
/// </summary>
/// <param name="PlacingAuthorityCode">ONS code of the authority responsible for the child, which pays for our work.</param>
/// <param name="PlacingAuthorityReference">The placing authority's own reference for the child.</param>
/// <param name="LastHealthAssessmentOn">The child's most recent health assessment, when the notification gives it.</param>
/// <param name="Upn">The child's Unique Pupil Number, when the notification gives it (the Virtual School's feeds match on it).</param>
/// <param name="ReviewHealthAssessmentsRequested">The placing authority asks our health team to carry out review health assessments.</param>
public sealed record OutOfAreaChildArrived(
    Guid NotificationId,
    string PlacingAuthorityCode,
    string PlacingAuthorityReference,
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    string LegalStatus,
    string PlacementType,
    string PlacementPostcode,
    DateOnly PlacedOn,
    bool IsEmergency,
    DateOnly? LastHealthAssessmentOn,
    bool ReviewHealthAssessmentsRequested,
    DateTimeOffset OccurredAt,
    string? Upn = null);
