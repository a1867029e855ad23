using CorporateParenting.ServiceDefaults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Portal.Web.Pages.Shared;
using Portal.Web.Services;

namespace Portal.Web.Pages.LeavingCare;

/// <summary>Allocating a personal adviser to a young person (Leaving Care <c>PUT …/young-people/{id}/adviser</c>), from a day.</summary>
public sealed class AdviserModel(ServiceCalls services, TimeProvider clock) : PageModel
{
    public const string From = "from";

    private static readonly Dictionary<string, (string Id, string Label)> FormFields = new()
    {
        ["adviserId"] = ("adviser", "The personal adviser"), ["from"] = (From + "-day", "The date"),
    };

    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty(Name = "adviser")]
    public string? Adviser { get; set; }

    public DateInput Starts { get; private set; } = DateInput.Empty;

    public Dictionary<string, string> Errors { get; } = [];

    public ServiceAnswer<YoungPerson>? YoungPerson { get; private set; }

    public ServiceAnswer<List<PersonalAdviser>>? Advisers { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Starts = DateInput.Of(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        return await ShowAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(
        [FromForm(Name = From + "-day")] string? day, [FromForm(Name = From + "-month")] string? month, [FromForm(Name = From + "-year")] string? year, CancellationToken ct)
    {
        Starts = new DateInput(day, month, year);
        if (!Guid.TryParse(Adviser, out _))
        {
            Errors["adviser"] = "Select a personal adviser";
        }
        var (from, dateError) = Starts.Read("The date the adviser starts");
        if (dateError is not null)
        {
            Errors[From + "-day"] = dateError;
        }
        if (Errors.Count > 0)
        {
            return await ShowAsync(ct);
        }

        var allocated = await services.SendAsync<LeavingCareRecorded>(ResourceNames.LeavingCare, HttpMethod.Put, $"{LeavingCareRoutes.YoungPerson(Id)}/adviser",
            new { adviserId = Adviser, from = DateInput.Iso(from!.Value) }, ct);
        if (allocated.Answered)
        {
            await ShowAsync(ct);
            var adviser = Advisers?.Value?.FirstOrDefault(a => a.Id.ToString() == Adviser)?.Name ?? "The personal adviser";
            TempData["Recorded"] = $"{adviser} is allocated to {Name} from {from:d MMMM yyyy}.";
            return Redirect("/leaving-care");
        }
        ServiceRefusal.Into(Errors, allocated.Problem!, FormFields, "adviser");
        return await ShowAsync(ct);
    }

    public string Name => YoungPerson?.Value is { } person ? $"{person.GivenName} {person.FamilyName}" : "the young person";

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        var person = services.GetAsync<YoungPerson>(ResourceNames.LeavingCare, LeavingCareRoutes.YoungPerson(Id), ct);
        var advisers = services.GetAsync<List<PersonalAdviser>>(ResourceNames.LeavingCare, LeavingCareRoutes.Advisers, ct);
        (YoungPerson, Advisers) = (await person, await advisers);
        return YoungPerson.Problem?.Kind == ServiceProblemKind.NotFound ? NotFound() : Page();
    }
}
