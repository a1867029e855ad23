namespace VirtualSchool.Domain.PupilPremiumPlus;

/// <summary>
/// A request to release (pay) <see cref="Amount"/> of an allocation now. <see cref="AlreadyReleasedThisTerm"/> is what the
/// pupil has been paid in the current term before it (<see cref="PupilPremiumPlusReports.PaidToPupilBetween"/>);
/// <see cref="PepTargetId"/> the PEP target the request was made through, if any; <see cref="LatestPepAdequate"/> the
/// rating of the pupil's latest PEP, null when none has been rated (docs/virtual-school.md §10.6).
/// </summary>
public sealed record ReleaseRequest(Money Amount, Money AlreadyReleasedThisTerm, Guid? PepTargetId, bool? LatestPepAdequate);
