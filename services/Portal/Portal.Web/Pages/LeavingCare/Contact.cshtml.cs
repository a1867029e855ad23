using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;

namespace Portal.Web.Pages.LeavingCare;

/// <summary>Recording a contact with a care leaver (Leaving Care <c>POST …/young-people/{id}/contacts</c>): the day, whether in touch (SSDA903 IN_TOUCH) and how.</summary>
public sealed class ContactModel(ServiceCalls services, TimeProvider clock) : PageModel
{
    public const string On = "on";

    private static readonly Dictionary<string, (string Id, string Label)> FormFields = new()
    {
        ["on"] = (On + "-day", "The date"), ["inTouch"] = ("in-touch", "Whether in touch"), ["method"] = ("method", "How"),
    };

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(Name = "in-touch")]
    public string? InTouch { get; set; }

    [BindProperty(Name = "method")]
    public string? Method { get; set; }

    public DateInput Day { get; private set; } = DateInput.Empty;

    public Dictionary<string, string> Errors { get; } = [];

    public ServiceAnswer<YoungPerson>? YoungPerson { get; private set; }

    public string Name => YoungPerson?.Value is { } person ? $"{person.GivenName} {person.FamilyName}" : "the young person";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Day = DateInput.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(
        [FromForm(Name = On + "-day")] string? day, [FromForm(Name = On + "-month")] string? month, [FromForm(Name = On + "-year")] string? year, CancellationToken ct)
    {
        Day = new DateInput(day, month, year);
        var (on, dateError) = Day.Read("The date of the contact");
        if (dateError is not null)
        {
            Errors[On + "-day"] = dateError;
        }
        if (!LeavingCareWords.InTouch.Any(c => c.Code == InTouch))
        {
            Errors["in-touch"] = "Select whether they were in touch";
        }
        if (Method?.Trim().Length > 50)
        {
            Errors["method"] = "How must be 50 characters or fewer";
        }
        if (Errors.Count > 0)
        {
            return await ShowAsync(ct);
        }

        var recorded = await services.SendAsync<LeavingCareRecorded>(ResourceNames.LeavingCare, HttpMethod.Post, $"{LeavingCareRoutes.YoungPerson(Id)}/contacts",
            new { on = DateInput.Iso(on!.Value), inTouch = InTouch, method = string.IsNullOrWhiteSpace(Method) ? null : Method.Trim() }, ct);
        if (recorded.Answered)
        {
            await ShowAsync(ct);
            TempData["Recorded"] = $"Contact with {Name} on {on:d MMMM yyyy} recorded.";
            return Redirect("/leaving-care");
        }
        ServiceRefusal.Into(Errors, recorded.Problem!, FormFields, On + "-day");
        return await ShowAsync(ct);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        YoungPerson = await services.GetAsync<YoungPerson>(ResourceNames.LeavingCare, LeavingCareRoutes.YoungPerson(Id), ct);
        return YoungPerson.Problem?.Kind == ServiceProblemKind.NotFound ? NotFound() : Page();
    }
}
