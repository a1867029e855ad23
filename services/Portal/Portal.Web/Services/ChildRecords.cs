namespace Portal.Web.Services;

// What each service holds about a child, as its REST API gives it: only the fields the child's page shows.

/// <summary>Placements' <c>GET /api/children/{id}</c>: the care timeline.</summary>
public sealed record CareTimeline(
    Guid ChildId, string CaseReference, string GivenName, string FamilyName, DateOnly DateOfBirth, string Sex,
    IReadOnlyList<CarePeriod> PeriodsOfCare, IReadOnlyList<SocialWorkerAllocation> SocialWorkers)
{
    public static string Route(Guid childId) => $"/api/children/{childId}";
}

public sealed record CarePeriod(DateOnly StartedOn, DateOnly? EndedOn, string? ReasonCeased, IReadOnlyList<CareEpisode> Episodes);

public sealed record CareEpisode(
    DateOnly StartsOn, DateOnly? EndsOn, string ReasonForNewEpisode, string LegalStatus, string PlacementType, string? PlacementPostcode,
    string PlacementAuthorityCode, bool IsOutOfArea, string? ReasonForChange, string? ReasonCeased);

public sealed record SocialWorkerAllocation(string SocialWorkerName, DateOnly StartsOn, DateOnly? EndsOn);

/// <summary>The Virtual School's <c>GET /api/virtual-school/pupils/{id}</c>: the pupil and their schools.</summary>
public sealed record Pupil(Guid Id, string? YearGroupName, string? Stage, IReadOnlyList<PupilEnrolment> Enrolments)
{
    public static string Route(Guid childId) => $"/api/virtual-school/pupils/{childId}";
}

public sealed record PupilEnrolment(string Urn, string SchoolName, DateOnly StartsOn, DateOnly? EndsOn, string Registration);

/// <summary>The Virtual School's <c>GET /api/virtual-school/pupils/{id}/attendance</c>: every mark of a period.</summary>
public sealed record PupilAttendance(DateOnly From, DateOnly To, IReadOnlyList<AttendanceMark> Marks)
{
    public static string Route(Guid childId, DateOnly from, DateOnly to) =>
        $"/api/virtual-school/pupils/{childId}/attendance?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}";
}

public sealed record AttendanceMark(DateOnly Date, string Session, string Code, string? Meaning, string? Category);

/// <summary>Leaving Care's <c>GET /api/leaving-care/young-people/{id}</c>: status, adviser, plan and contacts.</summary>
public sealed record YoungPerson(
    string GivenName, string FamilyName, string Category, DateOnly? CategorySince, IReadOnlyList<AdviserAllocation> Advisers, IReadOnlyList<PathwayPlanStep> PathwayPlan,
    IReadOnlyList<OpenDuty> OpenDuties, IReadOnlyList<InTouchRecord> Contacts)
{
    public static string Route(Guid childId) => LeavingCareRoutes.YoungPerson(childId);
}

public sealed record AdviserAllocation(string AdviserName, DateOnly From, DateOnly? To);

public sealed record PathwayPlanStep(string Kind, DateOnly On);

public sealed record OpenDuty(string Kind, DateOnly DueOn, bool IsOverdue);

public sealed record InTouchRecord(string Kind, DateOnly On, string Code, string? Method);
