namespace LeavingCare.Domain.InTouch;

/// <summary>A recorded contact, or attempt at one, with a care leaver: the day and what it showed as an IN_TOUCH code (YES, NO, REFU …).</summary>
public sealed record Oc3Contact(DateOnly On, string InTouch);
