using CorporateParenting.Calendar;
using LeavingCare.Domain.Status;

namespace LeavingCare.Domain.StayingPut;

/// <summary>
/// Staying close (CA 1989 s23CZAA, inserted by the Children's Wellbeing and Schools Act 2026 s7; docs/leaving-care.md
/// §6.2): for a former relevant young person under 25 the authority assesses whether staying close support is needed
/// and, if so, provides it — help to find and keep suitable accommodation and to reach health, relationships,
/// education, employment and participation services. The section is not yet in force: an assessment can be recorded
/// now, and it becomes a duty on the worklist from the day the service is told the section is in force.
/// </summary>
public static class StayingClose
{
    public const string Accommodation = "accommodation";
    public const string Health = "health";
    public const string Relationships = "relationships";
    public const string EducationAndEmployment = "education-and-employment";
    public const string Participation = "participation";

    /// <summary>What the support can help with, in the Act's order.</summary>
    public static readonly IReadOnlyList<string> SupportAreas = [Accommodation, Health, Relationships, EducationAndEmployment, Participation];

    /// <summary>Who can be assessed on a day: former relevant and under 25.</summary>
    public static bool CanBeAssessed(CareLeaverCategory category, DateOnly dateOfBirth, DateOnly on) =>
        category == CareLeaverCategory.FormerRelevant && on >= dateOfBirth && Birthdays.AgeOn(dateOfBirth, on) < CareLeaverStatus.OldestQualifyingAge;

    /// <summary>Whether the assessment is owed on a day: the section is in force by then and the young person can be assessed.</summary>
    public static bool IsOwed(DateOnly? inForceFrom, CareLeaverCategory category, DateOnly dateOfBirth, DateOnly on) =>
        inForceFrom is { } from && from <= on && CanBeAssessed(category, dateOfBirth, on);
}
