namespace LeavingCare.Domain.StayingPut;

/// <summary>
/// A Staying Put arrangement with a former foster carer (docs/leaving-care.md §6.1): from the day it began, the day it is
/// planned to end (none: the 21st birthday) and the day it ended once recorded.
/// </summary>
public sealed record StayingPutArrangement(DateOnly StartedOn, DateOnly? PlannedEndOn = null, DateOnly? EndedOn = null)
{
    /// <summary>Open until its end is recorded: the move on is still to be made, by <see cref="DueToEndOn"/>.</summary>
    public bool IsOpen => EndedOn is null;

    /// <summary>The day it ends by plan or by law, whichever is sooner.</summary>
    public DateOnly DueToEndOn(DateOnly dateOfBirth) => StayingPutRules.EndsOn(dateOfBirth, PlannedEndOn);
}
