using LeavingCare.Domain.Duties;
using LeavingCare.Domain.Status;
using LeavingCare.Domain.StayingPut;

namespace LeavingCare.Domain.Worklist;

/// <summary>
/// What the service holds about a young person that decides their open duties: the care history and any determination,
/// their choices, the day the duties began (<see cref="OwedSince"/>, from the status history), the allocated personal
/// adviser, the needs assessment's day, the last plan or review, a review asked for, the Staying Put arrangement still
/// open and the day of the last staying close assessment.
/// </summary>
public sealed record YoungPersonRecord(
    CareHistory History,
    DateOnly? OwedSince,
    string? PersonalAdviser = null,
    DateOnly? AssessedOn = null,
    DateOnly? LastPlannedOrReviewedOn = null,
    DateOnly? ReviewAskedFor = null,
    ManualDetermination? Determination = null,
    SupportChoices? Choices = null,
    StayingPutArrangement? StayingPut = null,
    DateOnly? StayingCloseAssessedOn = null);
