using CorporateParenting.Health.V1;
using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;
using HealthService = CorporateParenting.Health.V1.Health;

namespace Portal.Web.Pages.Health;

/// <summary>
/// Recording what happened to one assessment (health.v1 RecordAssessmentEvent): requested, booked, completed, declined,
/// cancelled or not required. The form is checked field by field here and again by the health service, whose refusals
/// are shown against the fields they name; what was typed is always shown again.
/// </summary>
public sealed class RecordModel(ServiceCalls services, HealthService.HealthClient health, TimeProvider clock) : PageModel
{
    public const string OccurredOn = "occurred-on";
    public const string PreviouslyAssessedOn = "previously-assessed-on";

    /// <summary>The health service's field names, as the form's.</summary>
    private static readonly Dictionary<string, (string Id, string Label)> FormFields = new()
    {
        ["event"] = ("event", "What happened"), ["occurred_on"] = (OccurredOn + "-day", "The date"), ["clinician"] = ("clinician", "The clinician's name"),
        ["clinician_role"] = ("clinician-role", "The clinician's role"), ["reason"] = ("reason", "The reason"),
        ["previously_assessed_on"] = (PreviouslyAssessedOn + "-day", "The date of the earlier assessment"),
    };

    [FromRoute]
    public Guid ChildId { get; set; }

    [FromRoute]
    public Guid AssessmentId { get; set; }

    [BindProperty(Name = "request")]
    public string RequestId { get; set; } = "";

    [BindProperty(Name = "event")]
    public string? Event { get; set; }

    [BindProperty(Name = "clinician")]
    public string? Clinician { get; set; }

    [BindProperty(Name = "clinician-role")]
    public string? ClinicianRole { get; set; }

    [BindProperty(Name = "reason")]
    public string? Reason { get; set; }

    public DateInput Occurred { get; private set; } = DateInput.Empty;

    public DateInput PreviouslyAssessed { get; private set; } = DateInput.Empty;

    public Dictionary<string, string> Errors { get; } = [];

    public ServiceAnswer<HealthSummary>? Child { get; private set; }

    public HealthAssessment? Assessment => Child?.Value?.Assessments.FirstOrDefault(a => a.AssessmentId == AssessmentId.ToString());

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        RequestId = Guid.NewGuid().ToString();
        Occurred = DateInput.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(
        [FromForm(Name = OccurredOn + "-day")] string? day, [FromForm(Name = OccurredOn + "-month")] string? month, [FromForm(Name = OccurredOn + "-year")] string? year,
        [FromForm(Name = PreviouslyAssessedOn + "-day")] string? previousDay, [FromForm(Name = PreviouslyAssessedOn + "-month")] string? previousMonth,
        [FromForm(Name = PreviouslyAssessedOn + "-year")] string? previousYear, CancellationToken ct)
    {
        Occurred = new DateInput(day, month, year);
        PreviouslyAssessed = new DateInput(previousDay, previousMonth, previousYear);
        var request = Validated();
        if (request is null)
        {
            return await ShowAsync(ct);
        }

        var recorded = await services.CallAsync(ResourceNames.Health,
            async token => await health.RecordAssessmentEventAsync(request, cancellationToken: token), ct);
        if (recorded.Value is { } assessment)
        {
            var child = await services.CallAsync(ResourceNames.Health,
                async token => await health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = ChildId.ToString() }, cancellationToken: token), ct);
            var name = child.Value is { } summary ? $" for {summary.GivenName} {summary.FamilyName}" : "";
            TempData["Recorded"] = $"{HealthWords.Kind(assessment.Kind)}{name} recorded as {HealthWords.Status(assessment.Status).ToLowerInvariant()}.";
            return Redirect("/health-team");
        }

        ServiceRefusal.Into(Errors, recorded.Problem!, FormFields, "event");
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Child = await services.CallAsync(ResourceNames.Health,
            async token => await health.GetHealthSummaryAsync(new GetHealthSummaryRequest { ChildId = ChildId.ToString() }, cancellationToken: token), ct);
        if (Child.Problem?.Kind == ServiceProblemKind.NotFound || (Child.Value is not null && Assessment is null))
        {
            return NotFound();
        }
        return Page();
    }

    /// <summary>The form as the health service's request, or none when a field is wrong (each named in <see cref="Errors"/>).</summary>
    private RecordAssessmentEventRequest? Validated()
    {
        if (!HealthWords.Events.Any(e => e.Code == Event))
        {
            Errors["event"] = "Select what happened";
        }
        var request = new RecordAssessmentEventRequest
        {
            ClientRequestId = Guid.TryParse(RequestId, out var id) ? id.ToString() : Guid.NewGuid().ToString(),
            AssessmentId = AssessmentId.ToString(),
            Event = Event ?? "",
        };
        if (Event != "NOT_REQUIRED" || !Occurred.IsBlank)
        {
            var (occurred, error) = Occurred.Read(Event == "BOOKED" ? "The date of the appointment" : "The date it happened");
            if (error is not null)
            {
                Errors[OccurredOn + "-day"] = error;
            }
            else
            {
                request.OccurredOn = DateInput.Iso(occurred!.Value);
            }
        }
        switch (Event)
        {
            case "BOOKED" or "COMPLETED":
                if (string.IsNullOrWhiteSpace(Clinician))
                {
                    Errors["clinician"] = Event == "BOOKED" ? "Enter the name of the clinician booked" : "Enter the name of the clinician who did it";
                }
                request.Clinician = Clinician?.Trim() ?? "";
                if (Event == "COMPLETED")
                {
                    if (!HealthWords.ClinicianRoles.Any(r => r.Code == ClinicianRole))
                    {
                        Errors["clinician-role"] = "Select the clinician's role";
                    }
                    request.ClinicianRole = ClinicianRole ?? "";
                }
                break;
            case "DECLINED" or "CANCELLED":
                if (string.IsNullOrWhiteSpace(Reason))
                {
                    Errors["reason"] = Event == "DECLINED" ? "Enter why it was declined" : "Enter why it was cancelled";
                }
                request.Reason = Reason?.Trim() ?? "";
                break;
            case "NOT_REQUIRED":
                var (previous, previousError) = PreviouslyAssessed.Read("The date of the earlier assessment");
                if (previousError is not null)
                {
                    Errors[PreviouslyAssessedOn + "-day"] = previousError;
                }
                else
                {
                    request.PreviouslyAssessedOn = DateInput.Iso(previous!.Value);
                }
                break;
        }
        return Errors.Count == 0 ? request : null;
    }
}
