using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Services;
using HealthService = CorporateParenting.Health.V1.Health;

namespace Portal.Web.Pages.Children;

/// <summary>
/// The child's page: one timeline of everything the platform knows about the child, asked of every service at once
/// under the person's own token. Each service decides what the person's role may see: a section it refuses is not
/// shown at all, a section whose service is down says so, and every read is audited by the service that holds it.
/// </summary>
public sealed class IndexModel(ServiceCalls services, HealthService.HealthClient health, TimeProvider clock) : PageModel
{
    [FromRoute]
    public Guid ChildId { get; set; }

    public ServiceAnswer<CareTimeline> Care { get; private set; } = null!;
    public ServiceAnswer<HealthSummary> Health { get; private set; } = null!;
    public ServiceAnswer<Pupil> Pupil { get; private set; } = null!;
    public ServiceAnswer<PupilAttendance> Attendance { get; private set; } = null!;
    public ServiceAnswer<YoungPerson> YoungPerson { get; private set; } = null!;

    public IReadOnlyList<StoryEvent> Story { get; private set; } = [];

    public AttendanceCalendar? Calendar { get; private set; }

    public DateOnly Today { get; private set; }

    public string Name => Care.Value is { } care ? $"{care.GivenName} {care.FamilyName}"
        : Health.Value is { } health ? $"{health.GivenName} {health.FamilyName}"
        : "Child";

    /// <summary>Whether a section is the person's to see: every answer but a refusal of their role.</summary>
    public static bool Shows<T>(ServiceAnswer<T> answer) => answer.Problem?.Kind is not ServiceProblemKind.NotAllowed;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var care = services.GetAsync<CareTimeline>(ResourceNames.Placements, CareTimeline.Route(ChildId), ct);
        var healthSummary = services.CallAsync(ResourceNames.Health,
            async token => await health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = ChildId.ToString() }, cancellationToken: token), ct);
        var pupil = services.GetAsync<Pupil>(ResourceNames.VirtualSchool, Services.Pupil.Route(ChildId), ct);
        var attendance = services.GetAsync<PupilAttendance>(ResourceNames.VirtualSchool,
            PupilAttendance.Route(ChildId, AttendanceCalendar.FirstDay(Today), Today), ct);
        var youngPerson = services.GetAsync<YoungPerson>(ResourceNames.LeavingCare, Services.YoungPerson.Route(ChildId), ct);
        (Care, Health, Pupil, Attendance, YoungPerson) = (await care, await healthSummary, await pupil, await attendance, await youngPerson);

        // Children placed here by another authority are not on our register, but Health and the Virtual School know them.
        if (new[] { Care.Problem, Health.Problem, Pupil.Problem, YoungPerson.Problem }.All(p => p?.Kind is ServiceProblemKind.NotFound or ServiceProblemKind.NotAllowed))
        {
            return NotFound();
        }
        Story = [.. ChildStory.Newest(ChildStory.Of(Care.Value, Health.Value, Pupil.Value, YoungPerson.Value))];
        Calendar = Attendance.Value is { } marks ? new AttendanceCalendar(marks, Today) : null;
        return Page();
    }
}
