namespace LeavingCare.Domain.Status;

/// <summary>
/// What an event says about one day of a period of care (docs/leaving-care.md §2.1): from <see cref="On"/> the young
/// person is in care under <see cref="LegalStatus"/> (entry to care, a new placement or legal status: a new episode), or
/// out of care for <see cref="ReasonEnded"/> (care ended). <see cref="OccurredAt"/> decides between two facts for the same
/// day of the same period.
/// </summary>
public sealed record CareChange(Guid PeriodOfCareId, DateOnly On, string? LegalStatus, string? ReasonEnded, DateTimeOffset OccurredAt)
{
    public bool InCare => LegalStatus is not null;

    public static CareChange Began(Guid period, DateOnly on, string legalStatus, DateTimeOffset at) => new(period, on, legalStatus, null, at);

    public static CareChange Ended(Guid period, DateOnly on, string reasonEnded, DateTimeOffset at) => new(period, on, null, reasonEnded, at);
}
