namespace CorporateParenting.Contracts.Notifications;

/// <summary>A child another authority placed in our area has left the placement (docs/out-of-area.md §7, "Ended").</summary>
public sealed record OutOfAreaChildDeparted(
    Guid NotificationId,
    string PlacingAuthorityCode,
    string PlacingAuthorityReference,
    DateOnly EndedOn,
    DateTimeOffset OccurredAt);
