namespace LeavingCare.Domain.Status;

/// <summary>
/// What an event says about one day of a period of care (docs/leaving-care.md §2.1): from <see cref="On"/> the young
/// person is in care under <see cref="LegalStatus"/> (entry to care, a new placement or legal status: a new episode), or
/// out of care for <see cref="ReasonEnded"/> (care ended). <see cref="OccurredAt"/> decides between two facts for the same
/// day of the same period. <see cref="PlacementType"/> is the placement from that day (PL), none when the fact did not
/// change it (a new legal status keeps the placement).
/// </summary>
public sealed record CareChange(Guid PeriodOfCareId, DateOnly On, string? LegalStatus, string? ReasonEnded, DateTimeOffset OccurredAt, string? PlacementType = null)
{
    public bool InCare => LegalStatus is not null;

    public static CareChange Began(Guid period, DateOnly on, string legalStatus, DateTimeOffset at, string? placementType = null) =>
        new(period, on, legalStatus, null, at, placementType);

    public static CareChange Ended(Guid period, DateOnly on, string reasonEnded, DateTimeOffset at) => new(period, on, null, reasonEnded, at);
}
