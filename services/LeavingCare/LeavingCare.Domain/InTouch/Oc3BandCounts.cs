namespace LeavingCare.Domain.InTouch;

/// <summary>
/// One age group of the return, counted: everyone in it, and those in touch, in suitable accommodation and in
/// education, employment or training. The last two are null where the band does not collect them (22–25).
/// </summary>
public sealed record Oc3BandCounts(Oc3AgeBand Band, int YoungPeople, int InTouch, int? SuitableAccommodation, int? InEducationEmploymentOrTraining);
