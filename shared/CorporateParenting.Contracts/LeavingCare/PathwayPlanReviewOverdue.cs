namespace CorporateParenting.Contracts.LeavingCare;

/// <summary>
/// A young person's pathway plan review passed its due date without being held (docs/leaving-care.md §5.2). Published
/// once per young person and due date, by whichever instance's sweep finds it first; <see cref="Owner"/> is their personal
/// adviser, or the team until one is allocated.
/// </summary>
public sealed record PathwayPlanReviewOverdue(Guid ChildId, string GivenName, string FamilyName, DateOnly DueOn, string Owner, DateTimeOffset OccurredAt);
