namespace CorporateParenting.Contracts.Notifications;

/// <summary>
/// A notice we owe a host authority passed its due date unsent (docs/out-of-area.md §9): the placement notice (reg 13)
/// or the end notice (reg 14) of one of our children placed in its area. Published once per notification, notice and
/// due date, by whichever instance's sweep finds it first.
/// </summary>
/// <param name="Notice"><c>placement</c> or <c>end</c>.</param>
public sealed record OutOfAreaNoticeOverdue(
    Guid NotificationId, Guid ChildId, string GivenName, string FamilyName, string HostAuthorityCode, string Notice, DateOnly DueOn, DateTimeOffset OccurredAt);
