namespace LeavingCare.Domain.Duties;

/// <summary>
/// What the young person has told us that changes how long the duties last (docs/leaving-care.md §4): whether they are in
/// education or training, the day they asked for support under s23CZB (21 to 24), the day they declined support.
/// </summary>
public sealed record SupportChoices(bool InEducationOrTraining = false, DateOnly? AskedForSupportOn = null, DateOnly? DeclinedOn = null)
{
    public static readonly SupportChoices None = new();
}
