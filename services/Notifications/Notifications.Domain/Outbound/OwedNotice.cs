namespace Notifications.Domain.Outbound;

/// <summary>A notice we owed a host authority (a placement or an end notice): the day it was due, and the day it was sent if it has been.</summary>
public sealed record OwedNotice(DateOnly DueOn, DateOnly? SentOn);
